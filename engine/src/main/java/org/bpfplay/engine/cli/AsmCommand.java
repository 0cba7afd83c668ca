package org.bpfplay.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;

/**
 * {@code asm FILE [--map NAME:TYPE:KS:VS:MAX]... [-o OUT.bin]}: assembles LLVM-syntax source
 * ({@code -} reads stdin) and prints one 8-byte slot per line as 16 hex digits in memory order,
 * or writes the raw bytes to OUT.bin. Errors print as {@code FILE:LINE:COL: error: MESSAGE}.
 */
final class AsmCommand implements Command {
    private static final String USAGE_LINE = "usage: asm FILE [--map NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES]... [-o OUT.bin]";

    @Override
    public String summary() {
        return "asm FILE [--map NAME:TYPE:KS:VS:MAX]... [-o OUT.bin]: assemble; print one slot (16 hex digits) per line";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String file = null;
        String output = null;
        List<MapSpec> maps = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--map") || a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    return usage(err, a + " needs a value");
                }
                String value = args.get(++i);
                if (a.equals("-o")) {
                    output = value;
                    continue;
                }
                try {
                    maps.add(MapSpec.parse(value));
                } catch (IllegalArgumentException e) {
                    return usage(err, e.getMessage());
                }
            } else if (a.startsWith("-") && !a.equals("-")) {
                return usage(err, "unknown option '" + a + "'");
            } else if (file != null) {
                return usage(err, "only one FILE, got '" + file + "' and '" + a + "'");
            } else {
                file = a;
            }
        }
        if (file == null) {
            return usage(err, "missing FILE");
        }
        String source;
        try {
            source = file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("asm: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        }
        Program program = ProgramFiles.assemble(file, source, maps, err);
        if (program == null) {
            return PROGRAM_ERROR;
        }
        byte[] code = program.toBytes();
        if (output != null) {
            try {
                Files.write(Path.of(output), code);
            } catch (IOException | RuntimeException e) {
                err.println("asm: cannot write " + output + ": " + e.getMessage());
                return USAGE;
            }
            return OK;
        }
        for (int slot = 0; slot < code.length / Encoding.SLOT_BYTES; slot++) {
            out.println(Encoding.slotHex(code, slot));
        }
        return OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("asm: " + problem);
        err.println(USAGE_LINE);
        return USAGE;
    }
}
