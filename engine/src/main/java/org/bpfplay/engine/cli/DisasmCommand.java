package org.bpfplay.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.bpfplay.engine.disasm.Disassembler;
import org.bpfplay.engine.disasm.Disassembler.Syntax;
import org.bpfplay.engine.isa.DecodeError;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.InsnCheck;
import org.bpfplay.engine.isa.Program;

/**
 * {@code disasm FILE [--syntax kernel|llvm]}: prints a program listing. FILE is assembly
 * ({@code .s}), raw bytes ({@code .bin}) or hex text ({@code .hex}: whitespace ignored, {@code #}
 * starts a comment).
 * Layout errors and invalid instructions are reported with their slot on stderr (exit 1); the
 * listing is still printed when the bytes could be decoded, since seeing a bad program is the
 * point of a disassembler.
 */
final class DisasmCommand implements Command {
    @Override
    public String summary() {
        return "disasm FILE [--syntax kernel|llvm]: disassemble a .bin/.hex/.s file";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String file = null;
        Syntax syntax = Syntax.LLVM;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--syntax") || a.startsWith("--syntax=")) {
                String value = a.startsWith("--syntax=") ? a.substring("--syntax=".length())
                        : i + 1 < args.size() ? args.get(++i) : null;
                syntax = value == null ? null : Syntax.byName(value);
                if (syntax == null) {
                    err.println("disasm: --syntax takes kernel or llvm" + (value == null ? "" : ", not '" + value + "'"));
                    return USAGE;
                }
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("disasm: unknown option '" + a + "'");
                err.println("usage: " + summary());
                return USAGE;
            } else if (file == null) {
                file = a;
            } else {
                err.println("disasm: one FILE only (got '" + file + "' and '" + a + "')");
                return USAGE;
            }
        }
        if (file == null) {
            err.println("usage: " + summary());
            return USAGE;
        }
        byte[] code;
        try {
            code = ProgramFiles.readCode(file, List.of(), err);
        } catch (NoSuchFileException e) {
            err.println("disasm: " + file + ": no such file");
            return USAGE;
        } catch (IOException e) {
            err.println("disasm: " + file + ": cannot read: " + e.getMessage());
            return USAGE;
        }
        if (code == null) {
            return PROGRAM_ERROR;
        }
        Encoding.Decoded decoded = Encoding.decode(code);
        Program program = Program.of(decoded.instructions());
        for (String line : Disassembler.listing(program, syntax)) {
            out.println(line);
        }
        boolean bad = false;
        for (DecodeError e : decoded.errors()) {
            err.println(file + ": " + e);
            bad = true;
        }
        for (InsnCheck.Problem p : InsnCheck.check(program)) {
            err.println(file + ": " + p);
            bad = true;
        }
        return bad ? PROGRAM_ERROR : OK;
    }
}
