package org.bpfplay.engine.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our LLVM syntax, fed back to llvm-mc-19, gives the same bytes: for every golden encoding that
 * round-trips through objdump, and for every instruction of the kernel test programs except the
 * forms LLVM 19 has no syntax for ({@link LlvmSyntax#hasNoLlvm19Syntax}). Skipped when llvm-mc-19
 * is not on the PATH.
 */
class LlvmRoundTripTest {
    private static final Pattern ENCODING = Pattern.compile("encoding: \\[([^\\]]*)\\]");

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void reassemblesToTheSameBytes() throws Exception {
        Assumptions.assumeTrue(onPath("llvm-mc-19"), "llvm-mc-19 is not on the PATH: round trip not checked");
        List<Instruction> insns = new ArrayList<>();
        for (String[] row : Golden.rows("/disasm/llvm-golden.tsv")) {
            if (row[3].equals("yes")) {
                insns.add(Golden.insn(row[0]));
            }
        }
        for (String[] row : Golden.rows("/disasm/kernel-golden.tsv")) {
            Instruction insn = Golden.insn(row[2]);
            if (!LlvmSyntax.hasNoLlvm19Syntax(insn)) {
                insns.add(insn);
            }
        }
        assertTrue(insns.size() > 900, "too few instructions: " + insns.size());
        StringBuilder src = new StringBuilder();
        for (Instruction insn : insns) {
            src.append(LlvmSyntax.format(insn)).append('\n');
        }
        Path file = Files.createTempFile("bpfplay-roundtrip", ".s");
        try {
            Files.writeString(file, src, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-show-encoding", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            Matcher m = ENCODING.matcher(out);
            List<String> mismatches = new ArrayList<>();
            int i = 0;
            while (m.find()) {
                StringBuilder hex = new StringBuilder();
                for (String b : m.group(1).split(",")) {
                    hex.append(String.format("%02x", Integer.decode(b.trim())));
                }
                String want = HexFormat.of().formatHex(Encoding.encode(insns.get(i)));
                if (!want.contentEquals(hex)) {
                    mismatches.add(LlvmSyntax.format(insns.get(i)) + ": " + want + " -> " + hex);
                }
                i++;
            }
            assertEquals(insns.size(), i, "instructions assembled");
            assertEquals("", String.join("\n", mismatches));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
