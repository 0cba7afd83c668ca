package org.bpfplay.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bpfplay.engine.conformance.ConformanceReport;
import org.bpfplay.engine.conformance.ConformanceResult;
import org.bpfplay.engine.conformance.ConformanceSuite;
import org.bpfplay.engine.conformance.ProgramRunner;
import org.bpfplay.engine.conformance.Runners;

/** {@code conformance DIR}: checks every {@code .data} file, prints the ones that did not pass and a summary. */
final class ConformanceCommand implements Command {
    private final ProgramRunner runner;

    ConformanceCommand() {
        this(Runners.interpreter());
    }

    ConformanceCommand(ProgramRunner runner) {
        this.runner = runner;
    }

    @Override
    public String summary() {
        return "conformance DIR: run every bpf_conformance .data file in DIR";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: conformance DIR");
            return USAGE;
        }
        Path dir = Path.of(args.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("conformance: " + dir + " is not a directory");
            return USAGE;
        }
        ConformanceReport report;
        try {
            report = ConformanceSuite.run(dir, runner);
        } catch (IOException e) {
            err.println("conformance: cannot list " + dir + ": " + e.getMessage());
            return USAGE;
        }
        for (ConformanceResult r : report.results()) {
            if (r.status() != ConformanceResult.Status.PASS) {
                out.println(r);
            }
        }
        out.println(report.summary());
        return report.ok() ? OK : PROGRAM_ERROR;
    }
}
