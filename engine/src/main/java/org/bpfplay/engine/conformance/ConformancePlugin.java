package org.bpfplay.engine.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;

/**
 * The bpf_conformance plugin protocol, so that the upstream runner can drive our interpreter:
 * <pre>
 *   plugin [MEMORY_BASE16] [--program BASE16] [--debug ...]     program: one base16 line on stdin
 * </pre>
 * The memory, when present, is the first argument (it never starts with {@code --}); unknown
 * {@code --} options are ignored, as are bare words after the first argument (values of options
 * meant for other plugins). Success prints r0 in hex on stdout and exits 0; any failure prints the
 * reason on stdout, because the runner compares stdout with a test's expected error, and exits 1.
 */
public final class ConformancePlugin {
    public static final int OK = 0;
    public static final int FAILED = 1;

    private ConformancePlugin() {
    }

    /** Runs one plugin invocation; returns the exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, ProgramRunner runner) {
        byte[] memory = new byte[0];
        String programText = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i == 0 && !arg.startsWith("--")) {
                Base16.Decoded m = Base16.decode(arg);
                if (m.error() != null) {
                    return fail(out, "memory argument: " + m.error());
                }
                memory = m.bytes();
            } else if (arg.equals("--program")) {
                if (i + 1 >= args.size()) {
                    return fail(out, "--program needs the program in base16");
                }
                programText = args.get(++i);
            } else if (arg.equals("--elf")) {
                return fail(out, "ELF input (--elf) is not supported; send the raw instructions");
            }
        }
        if (programText == null) {
            programText = firstLine(in);
            if (programText == null) {
                return fail(out, "no program: expected one line of base16 instructions on stdin");
            }
        }
        Base16.Decoded code = Base16.decode(programText);
        if (code.error() != null) {
            return fail(out, "program: " + code.error());
        }
        if (code.bytes().length == 0) {
            return fail(out, "program is empty");
        }
        Encoding.Decoded decoded = Encoding.decode(code.bytes());
        if (!decoded.ok()) {
            return fail(out, decoded.errors().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        ProgramRunner.Outcome outcome;
        try {
            outcome = runner.run(Program.of(decoded.instructions()), memory);
        } catch (RuntimeException e) {
            // Our bug, but the runner reads only stdout: say it there.
            return fail(out, "internal error: " + e);
        }
        if (!outcome.ok()) {
            return fail(out, outcome.error());
        }
        out.println(Long.toHexString(outcome.r0()));
        return OK;
    }

    private static String firstLine(InputStream in) {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static int fail(PrintStream out, String message) {
        // One line: the runner cuts the output at the first \r and trims trailing white space.
        out.println(message.replace('\r', ' ').replace('\n', ' '));
        return FAILED;
    }
}
