package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code run}: placeholder until the command is implemented. */
final class RunCommand implements Command {
    @Override
    public String summary() {
        return "run FILE... [--type T] [--map ...] [--data HEX] [--json]: run programs in the interpreter";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("run: not implemented yet");
        return USAGE;
    }
}
