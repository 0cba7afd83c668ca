package org.bpfplay.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.text.HexText;

/**
 * How commands read program files: the kinds of input ({@code .s}/{@code .asm} assembly,
 * {@code .hex} text, {@code .bin} raw bytes), assembling with the user's maps, and reporting
 * assembly and hex errors as {@code FILE:LINE:COL: error: MESSAGE}. One place, so every command
 * accepts and reports the same way.
 */
final class ProgramFiles {
    private ProgramFiles() {
    }

    /** A program read from a file, or what was wrong (one or more lines, positions included). */
    record Loaded(Program program, String problem) {
        boolean ok() {
            return program != null;
        }
    }

    /** Reads a .s/.asm, .hex or .bin program; assembly gets the extra maps, bytes get them as their maps. */
    static Loaded load(String file, List<MapSpec> maps) {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8);
        byte[] code;
        try {
            if (isAssembly(file)) {
                // Keep the assembled Program itself: it carries the maps the source declares.
                Program p = assemble(file, Files.readString(Path.of(file), StandardCharsets.UTF_8), maps, err);
                return p != null ? new Loaded(p, null) : new Loaded(null, messages.toString(StandardCharsets.UTF_8).strip());
            }
            code = readCode(file, maps, err);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "cannot read " + file + ": " + e.getMessage());
        }
        if (code == null) {
            return new Loaded(null, messages.toString(StandardCharsets.UTF_8).strip());
        }
        Encoding.Decoded d = Encoding.decode(code);
        if (!d.ok()) {
            return new Loaded(null, file + ": " + d.errors().get(0));
        }
        return new Loaded(Program.of(d.instructions()).withMaps(maps), null);
    }

    /**
     * The instruction bytes of a .s/.asm (assembled with the extra maps), .hex or .bin file, or null
     * after printing what is wrong; undecodable bytes are returned as they are, for the caller to judge.
     */
    static byte[] readCode(String file, List<MapSpec> maps, PrintStream err) throws IOException {
        Path path = Path.of(file);
        if (isAssembly(file)) {
            Program p = assemble(file, Files.readString(path, StandardCharsets.UTF_8), maps, err);
            return p == null ? null : p.toBytes();
        }
        if (file.endsWith(".hex")) {
            return parseHex(file, Files.readString(path, StandardCharsets.UTF_8), err);
        }
        if (file.endsWith(".bin")) {
            return Files.readAllBytes(path);
        }
        err.println(file + ": unknown file type; expected .s (assembly), .bin (raw bytes) or .hex (hex text)");
        return null;
    }

    static boolean isAssembly(String file) {
        return file.endsWith(".s") || file.endsWith(".asm") || file.equals("-");
    }

    /** Assembles source text; null after printing every error with its position. */
    static Program assemble(String file, String source, List<MapSpec> maps, PrintStream err) {
        AsmResult result = Assembler.assemble(source, maps);
        if (result.ok()) {
            return result.program();
        }
        String shown = file.equals("-") ? "<stdin>" : file;
        for (AsmError e : result.errors()) {
            err.println(shown + ":" + e.line() + ":" + e.column() + ": error: " + e.message());
        }
        return null;
    }

    /** A hex program file ({@link HexText#parseFile}); null after reporting the problem with its line:column. */
    static byte[] parseHex(String file, String text, PrintStream err) {
        HexText.Parsed hex = HexText.parseFile(text);
        if (!hex.ok()) {
            err.println(file + ":" + hex.line() + ":" + hex.column() + ": error: " + hex.problem());
            return null;
        }
        return hex.bytes();
    }
}
