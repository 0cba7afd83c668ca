package org.bpfplay.engine.asm;

import java.math.BigInteger;

/**
 * Number literals of the bpf_conformance syntax and the range each field accepts. A literal is an
 * optional sign followed by decimal digits or {@code 0x} and hex digits. Hex without a minus sign
 * names raw bits (so {@code 0xffffffff} is a valid 32-bit immediate, -1), decimal names a signed
 * value; this is how the upstream assembler reads them. A minus sign in front of hex is accepted as
 * a signed value too, which upstream rejects by accident of its parser.
 */
final class ConformanceNumbers {
    private static final BigInteger U16 = BigInteger.ONE.shiftLeft(16);
    private static final BigInteger U32 = BigInteger.ONE.shiftLeft(32);
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    private ConformanceNumbers() {
    }

    /** A parsed value, or why the text is not one (then {@code value} is meaningless). */
    record Parsed(long value, String error) {
        boolean ok() {
            return error == null;
        }

        static Parsed of(long value) {
            return new Parsed(value, null);
        }

        static Parsed failed(String error) {
            return new Parsed(0, error);
        }
    }

    /** The literal split into sign, radix and magnitude. */
    private record Literal(boolean negative, boolean hex, BigInteger magnitude) {
        BigInteger signed() {
            return negative ? magnitude.negate() : magnitude;
        }
    }

    /** True if the text starts like a number (a digit, or a sign and a digit). */
    static boolean looksNumeric(String text) {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** A 32-bit immediate: hex up to 0xffffffff (bits), decimal in the int32 range. */
    static Parsed imm32(String text) {
        return bits(text, 32, "immediate");
    }

    /** A 32-bit jump offset held in imm (ja32, call local): same range as an immediate. */
    static Parsed offset32(String text) {
        return bits(text, 32, "offset");
    }

    /** A 16-bit offset: hex up to 0xffff (bits), decimal in the int16 range. */
    static Parsed offset16(String text) {
        return bits(text, 16, "offset");
    }

    /** The 64-bit constant of lddw: hex up to 64 bits, decimal from -2^63 to 2^64-1. */
    static Parsed imm64(String text) {
        Literal lit = literal(text);
        if (lit == null) {
            return Parsed.failed("'" + text + "' is not a number");
        }
        BigInteger v = lit.signed();
        if (v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0 || v.compareTo(U64) >= 0) {
            return Parsed.failed("immediate " + text + " does not fit in 64 bits");
        }
        return Parsed.of(v.longValue());
    }

    private static Parsed bits(String text, int width, String what) {
        Literal lit = literal(text);
        if (lit == null) {
            return Parsed.failed("'" + text + "' is not a number");
        }
        BigInteger min = BigInteger.ONE.shiftLeft(width - 1).negate();
        BigInteger maxSigned = BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE);
        BigInteger maxBits = (width == 16 ? U16 : U32).subtract(BigInteger.ONE);
        BigInteger v = lit.signed();
        boolean fits = lit.hex() && !lit.negative()
                ? v.compareTo(maxBits) <= 0
                : v.compareTo(min) >= 0 && v.compareTo(maxSigned) <= 0;
        if (!fits) {
            String range = lit.hex() && !lit.negative()
                    ? "0x0.." + maxBits.toString(16)
                    : min + ".." + maxSigned;
            return Parsed.failed(what + " " + text + " is out of the " + width + "-bit range (" + range + ")");
        }
        // Reinterpret the low bits as a signed value of the field's width.
        long raw = v.longValue();
        return Parsed.of(width == 16 ? (short) raw : (int) raw);
    }

    private static Literal literal(String text) {
        int i = 0;
        boolean negative = false;
        if (text.startsWith("+") || text.startsWith("-")) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        boolean hex = text.regionMatches(true, i, "0x", 0, 2);
        String digits = text.substring(hex ? i + 2 : i);
        if (digits.isEmpty() || digits.length() > 40) {
            return null;
        }
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c > 0x7f || Character.digit(c, hex ? 16 : 10) < 0) {
                return null;
            }
        }
        return new Literal(negative, hex, new BigInteger(digits, hex ? 16 : 10));
    }
}
