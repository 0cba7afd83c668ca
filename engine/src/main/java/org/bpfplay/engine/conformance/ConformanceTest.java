package org.bpfplay.engine.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One bpf_conformance {@code .data} file, as {@link ConformanceTestParser} read it.
 *
 * @param name           the file name ({@code add.data})
 * @param asm            the {@code -- asm} lines, each at its line number in the file (other lines
 *                       blank), so that assembler errors point into the file
 * @param raw            the {@code -- raw} instruction words (low byte = opcode); when not empty
 *                       they replace the assembly
 * @param memory         the {@code -- mem} bytes, empty if none
 * @param expectedResult the expected r0 ({@code -- result}); 0 when only an error is expected
 * @param expectedError  the expected error text ({@code -- error}), or null
 * @param skipReason     why the upstream runner would skip this file (unknown directive, neither
 *                       result nor error), or null
 * @param problems       malformed values (a result, byte or word that is not a number); a test
 *                       with problems fails
 */
public record ConformanceTest(String name, String asm, List<Long> raw, byte[] memory, long expectedResult,
                              String expectedError, String skipReason, List<String> problems) {
    public ConformanceTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asm, "asm");
        raw = List.copyOf(raw);
        memory = memory.clone();
        problems = List.copyOf(problems);
    }

    /** A copy of the memory bytes. */
    @Override
    public byte[] memory() {
        return memory.clone();
    }

    /** True if the program comes from {@code -- raw} words instead of assembly. */
    public boolean isRaw() {
        return !raw.isEmpty();
    }

    /** The raw words as program bytes, each word little-endian (its low byte is the opcode). */
    public byte[] rawBytes() {
        byte[] out = new byte[raw.size() * 8];
        for (int i = 0; i < raw.size(); i++) {
            long w = raw.get(i);
            for (int b = 0; b < 8; b++) {
                out[i * 8 + b] = (byte) (w >>> (8 * b));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConformanceTest t)) {
            return false;
        }
        return t.name.equals(name) && t.asm.equals(asm) && t.raw.equals(raw) && Arrays.equals(t.memory, memory)
                && t.expectedResult == expectedResult && Objects.equals(t.expectedError, expectedError)
                && Objects.equals(t.skipReason, skipReason) && t.problems.equals(problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, asm, raw, Arrays.hashCode(memory), expectedResult, expectedError, skipReason, problems);
    }

    @Override
    public String toString() {
        return name + " (" + (expectedError != null ? "error '" + expectedError + "'"
                : "result 0x" + Long.toHexString(expectedResult)) + ", " + memory.length + " bytes of memory"
                + (isRaw() ? ", raw" : "") + (skipReason != null ? ", skipped: " + skipReason : "") + ")";
    }
}
