package org.bpfplay.engine.conformance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a bpf_conformance {@code .data} file with the upstream parser's rules, which are looser
 * than they look: a {@code #} starts a comment anywhere; any line containing {@code --} is a
 * directive, picked by substring in the order asm, result, mem, raw, "no register offset",
 * " c", error (so "-- memory" is mem); an unknown directive makes the whole file a skip; for
 * result and error the last non-blank line wins. Blank lines are ignored everywhere.
 */
public final class ConformanceTestParser {
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    /** The section the following lines belong to. */
    private enum Section { IGNORE, ASM, RESULT, MEM, RAW, ERROR }

    private ConformanceTestParser() {
    }

    /** Parses the text of one file; never throws, malformed values become {@code problems}. */
    public static ConformanceTest parse(String name, String text) {
        StringBuilder asm = new StringBuilder();
        List<String> problems = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        StringBuilder mem = new StringBuilder();
        String result = null;
        int resultLine = 0;
        String error = null;
        Section section = Section.IGNORE;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String original = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String line = original.indexOf('#') >= 0 ? original.substring(0, original.indexOf('#')) : original;
            if (line.contains("--")) {
                section = directive(line);
                if (section == null) {
                    return skipped(name, "unknown directive '" + line.trim() + "' on line " + lineNo);
                }
                asm.append('\n');
                continue;
            }
            if (section == Section.ASM) {
                // Kept whole (with its comment) and at its own line number.
                asm.append(original);
            }
            asm.append('\n');
            if (line.isBlank()) {
                continue;
            }
            switch (section) {
                case RESULT:
                    result = line.trim();
                    resultLine = lineNo;
                    break;
                case ERROR:
                    error = line.strip();
                    break;
                case MEM:
                    mem.append(' ').append(line);
                    break;
                case RAW:
                    for (String word : line.trim().split("\\s+")) {
                        Long w = word(word);
                        if (w == null) {
                            problems.add("line " + lineNo + ": raw instruction '" + word + "' is not a 64-bit number");
                        } else {
                            raw.add(w);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        if (result == null && error == null) {
            return skipped(name, "no result or error section");
        }
        long expected = 0;
        if (result != null) {
            Long v = resultValue(result);
            if (v == null) {
                problems.add("line " + resultLine + ": result '" + result + "' is not a 64-bit number");
            } else {
                expected = v;
            }
        }
        byte[] memory = memoryBytes(mem.toString(), problems);
        String asmText = asm.length() > 0 ? asm.substring(0, asm.length() - 1) : "";
        return new ConformanceTest(name, asmText, raw, memory, expected, error, null, problems);
    }

    private static ConformanceTest skipped(String name, String reason) {
        return new ConformanceTest(name, "", List.of(), new byte[0], 0, null, reason, List.of());
    }

    /** The section a directive line opens, by substring in upstream's order; null if unknown. */
    private static Section directive(String line) {
        if (line.contains("asm")) {
            return Section.ASM;
        } else if (line.contains("result")) {
            return Section.RESULT;
        } else if (line.contains("mem")) {
            return Section.MEM;
        } else if (line.contains("raw")) {
            return Section.RAW;
        } else if (line.contains("no register offset") || line.contains(" c")) {
            return Section.IGNORE;
        } else if (line.contains("error")) {
            return Section.ERROR;
        }
        return null;
    }

    /** A result: hex if it contains "0x", else decimal; 64 bits, a minus sign wraps as stoull does. */
    private static Long resultValue(String text) {
        return text.contains("0x") ? unsigned(text.replaceFirst("^([+-]?)0x", "$1"), 16) : unsigned(text, 10);
    }

    /** A raw word: hex with a 0x prefix, else decimal. */
    private static Long word(String text) {
        return text.startsWith("0x") ? unsigned(text.substring(2), 16) : unsigned(text, 10);
    }

    private static Long unsigned(String text, int radix) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean negative = t.startsWith("-");
        String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (digits.isEmpty() || digits.length() > 64 || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, radix) >= 0)) {
            return null;
        }
        BigInteger v = new BigInteger(digits, radix);
        if (v.compareTo(U64) >= 0) {
            return null;
        }
        return negative ? -v.longValue() : v.longValue();
    }

    /** The memory bytes: whitespace-separated hex tokens, each one byte (an optional 0x is allowed). */
    private static byte[] memoryBytes(String text, List<String> problems) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new byte[0];
        }
        String[] tokens = trimmed.split("\\s+");
        byte[] out = new byte[tokens.length];
        int n = 0;
        for (String token : tokens) {
            Long v = unsigned(token.startsWith("0x") ? token.substring(2) : token, 16);
            if (v == null || token.startsWith("-") || v > 0xff) {
                problems.add("memory byte '" + token + "' is not a hex byte (00..ff)");
                continue;
            }
            out[n++] = (byte) (long) v;
        }
        return Arrays.copyOf(out, n);
    }
}
