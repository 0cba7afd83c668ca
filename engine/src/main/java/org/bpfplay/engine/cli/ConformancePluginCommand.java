package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code conformance-plugin}: placeholder until the command is implemented. */
final class ConformancePluginCommand implements Command {
    @Override
    public String summary() {
        return "conformance-plugin [MEMORY_HEX]: bpf_conformance plugin protocol (program hex on stdin)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("conformance-plugin: not implemented yet");
        return USAGE;
    }
}
