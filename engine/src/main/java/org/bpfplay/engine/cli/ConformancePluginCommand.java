package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import org.bpfplay.engine.conformance.ConformancePlugin;
import org.bpfplay.engine.conformance.ProgramRunner;
import org.bpfplay.engine.conformance.Runners;

/** {@code conformance-plugin}: the bpf_conformance plugin protocol (see {@link ConformancePlugin}). */
final class ConformancePluginCommand implements Command {
    private final ProgramRunner runner;

    ConformancePluginCommand() {
        this(Runners.interpreter());
    }

    ConformancePluginCommand(ProgramRunner runner) {
        this.runner = runner;
    }

    @Override
    public String summary() {
        return "conformance-plugin [MEMORY_HEX]: bpf_conformance plugin protocol (program hex on stdin)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return ConformancePlugin.run(args, in, out, runner);
    }
}
