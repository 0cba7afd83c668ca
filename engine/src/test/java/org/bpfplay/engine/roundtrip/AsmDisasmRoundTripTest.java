package org.bpfplay.engine.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.disasm.Disassembler;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * asm -> bytes -> disasm -> asm must give the same bytes, for every instruction of the LLVM golden
 * corpus (which covers every instruction form), printed in LLVM syntax. (The kernel's log syntax
 * is an output format only: it prints ld_imm64 without "ll" and atomics by kernel names.)
 */
class AsmDisasmRoundTripTest {

    static Stream<Path> goldenSources() throws IOException, URISyntaxException {
        Path dir = Path.of(AsmDisasmRoundTripTest.class.getResource("/asm/llvm").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".s")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("goldenSources")
    void llvmSyntaxReassemblesToTheSameBytes(Path source) {
        roundTrip(source, Disassembler.Syntax.LLVM);
    }

    private static void roundTrip(Path source, Disassembler.Syntax syntax) {
        Program original = assemble(read(source), source.toString());
        StringBuilder text = new StringBuilder();
        for (Instruction insn : original.instructions()) {
            text.append(Disassembler.format(insn, syntax)).append('\n');
        }
        Program again = assemble(text.toString(), source + " disassembled as " + syntax + ":\n" + text);
        List<Instruction> a = original.instructions();
        List<Instruction> b = again.instructions();
        assertEquals(a.size(), b.size(), source + ": instruction count");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(hex(a.get(i)), hex(b.get(i)),
                    source.getFileName() + " insn " + i + " printed as '" + Disassembler.format(a.get(i), syntax) + "'");
        }
    }

    private static Program assemble(String text, String what) {
        AsmResult r = Assembler.assemble(text);
        assertTrue(r.ok(), () -> what + ": " + r.errors());
        return r.program();
    }

    private static String hex(Instruction insn) {
        return HexFormat.of().formatHex(Encoding.encode(insn));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
