package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code bpfplay-engine.jar}: picks the command by its first argument. */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main() {
        commands.put("asm", new AsmCommand());
        commands.put("disasm", new DisasmCommand());
        commands.put("run", new RunCommand());
        commands.put("verify", new VerifyCommand());
        commands.put("conformance", new ConformanceCommand());
        commands.put("conformance-plugin", new ConformancePluginCommand());
    }

    public static void main(String[] args) {
        int code = new Main().run(List.of(args), System.in, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? Command.USAGE : Command.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("bpfplay: unknown command '" + args.get(0) + "'");
            usage(err);
            return Command.USAGE;
        }
        try {
            return command.run(args.subList(1, args.size()), in, out, err);
        } catch (RuntimeException e) {
            // A bug of ours, not the user's: say so plainly instead of a stack trace.
            err.println("bpfplay " + args.get(0) + ": internal error: " + e);
            return Command.PROGRAM_ERROR;
        }
    }

    private void usage(PrintStream s) {
        s.println("usage: java -jar bpfplay-engine.jar COMMAND [ARGS...]");
        s.println();
        for (Command c : commands.values()) {
            s.println("  " + c.summary());
        }
        s.println();
        s.println("exit codes: 0 ok, 1 program error (assembly, verification, runtime), 2 bad usage");
    }
}
