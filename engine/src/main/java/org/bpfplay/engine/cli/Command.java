package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One CLI command. Implementations write to the given streams only, never to System.out. */
interface Command {
    int OK = 0;
    int PROGRAM_ERROR = 1;
    int USAGE = 2;

    /** One line for the usage text. */
    String summary();

    /** Runs the command with its arguments (the command name removed); returns the exit code. */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
