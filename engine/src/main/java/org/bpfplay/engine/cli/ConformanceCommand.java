package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code conformance}: placeholder until the command is implemented. */
final class ConformanceCommand implements Command {
    @Override
    public String summary() {
        return "conformance DIR: run every bpf_conformance .data file in DIR";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("conformance: not implemented yet");
        return USAGE;
    }
}
