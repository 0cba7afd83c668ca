/*
 * Deterministic generator of the verifier benchmark programs (xdp, kernel assembler syntax), used
 * both by VerifierBench and, through main(), by scripts/measure-kernel-verify-time.sh, so that the
 * kernel and our verifier see the same programs. Three shapes:
 *  - STRAIGHT: ALU, stack spill/fill and context reads, no jumps: every instruction once.
 *  - BRANCHY: blocks that test one bit of an unknown value; three of four blocks end the fall-
 *    through path at an exit (the verifier pops the other side at once), every fourth is a diamond
 *    whose pushed side is pruned at the join (few enough that the 8192 pushed-branch limit holds).
 *  - LOOPS: small counted loops (4 rounds) that the verifier unrolls, checking each round.
 * And two hostile programs the verifier must stop on with the kernel's verdict: 100k instructions
 * of diamonds only (every pushed branch waits until the first path ends: the 8192 pushed-branch
 * limit), and a loop of ten million rounds (the one-million processed-instruction limit).
 */
package org.bpfplay.engine.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark programs as assembler source. */
public final class VerifierBenchPrograms {
    /** The generated shapes. */
    public enum Shape { STRAIGHT, BRANCHY, LOOPS }

    /** Program sizes (instructions, the final exit included). */
    public static final int[] SIZES = {1_000, 10_000, 100_000};

    private VerifierBenchPrograms() {
    }

    /** Assembler source of about {@code insns} instructions (never more) of the given shape. */
    public static String source(Shape shape, int insns) {
        StringBuilder sb = new StringBuilder();
        sb.append("r6 = *(u32 *)(r1 + 12)\n");
        sb.append("r0 = 0\n");
        int n = 2;
        int block = 0;
        while (true) {
            String b = block(shape, block);
            int len = b.split("\n").length;
            if (n + len + 1 > insns) {
                break;
            }
            sb.append(b).append('\n');
            n += len;
            block++;
        }
        while (n + 1 < insns) {
            sb.append("r0 += 1\n");
            n++;
        }
        sb.append("exit\n");
        return sb.toString();
    }

    private static String block(Shape shape, int i) {
        switch (shape) {
            case STRAIGHT:
                return "r2 = r6\nr2 &= " + (i % 255 + 1) + "\nr0 += r2\n*(u64 *)(r10 - " + (8 + 8 * (i % 8))
                        + ") = r0\nr3 = *(u64 *)(r10 - " + (8 + 8 * (i % 8)) + ")\nr3 ^= " + (i % 97)
                        + "\nr0 -= r3\nr4 = *(u32 *)(r1 + 16)";
            case BRANCHY:
                if (i % 4 == 3) {
                    return "r2 = r6\nr2 &= " + (1 << (i % 31)) + "\nif r2 == 0 goto +2\nr0 += 1\ngoto +1\nr0 += 2";
                }
                return "r2 = r6\nr2 &= " + (1 << (i % 31)) + "\nif r2 != 0 goto +2\nr0 = " + (i % 3) + "\nexit\nr0 += 1";
            default:
                return "r2 = 0\nr0 += r2\nr3 = r2\nr3 &= 7\nr0 ^= r3\nr2 += 1\nif r2 < 4 goto -6";
        }
    }

    /** The hostile programs by name (file name without .s). */
    public static Map<String, String> pathological() {
        Map<String, String> m = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder("r6 = *(u32 *)(r1 + 12)\nr0 = 0\n");
        int n = 2;
        for (int i = 0; n + 7 < 100_000; i++, n += 6) {
            sb.append("r2 = r6\nr2 &= ").append(1 << (i % 31)).append("\nif r2 == 0 goto +2\nr0 += 1\ngoto +1\nr0 += 2\n");
        }
        m.put("diamonds_100000", sb.append("exit\n").toString());
        m.put("long_loop", "r0 = 0\nr2 = 0\nr2 += 1\nr0 += r2\nif r2 < 10000000 goto -3\nexit\n");
        return m;
    }

    /** File name of one program: {@code branchy_10000.s}. */
    public static String fileName(Shape shape, int insns) {
        return shape.name().toLowerCase() + "_" + insns + ".s";
    }

    /** Writes every benchmark program into the directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        for (Shape s : Shape.values()) {
            for (int n : SIZES) {
                Files.write(dir.resolve(fileName(s, n)), source(s, n).getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Map.Entry<String, String> e : pathological().entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".s"), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }
}
