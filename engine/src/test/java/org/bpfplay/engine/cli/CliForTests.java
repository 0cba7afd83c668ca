package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Test-only door to the package-private CLI entry point, for tests in other packages (ExamplesTest). */
public final class CliForTests {
    private CliForTests() {
    }

    /** Runs {@code bpfplay ARGS} as Main does; returns the exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return new Main().run(args, in, out, err);
    }
}
