/*
 * The kernel verifier's text for a scalar register value (log.c print_reg_state for SCALAR_VALUE,
 * checked against Linux 6.18 logs): a precise scalar gets a "P" prefix; a constant prints as a
 * number; otherwise "scalar(" + id + the eight bounds that are not at their trivial extreme + the
 * tnum unless fully unknown + ")". Equal bounds of the same kind (mins with mins, maxes with maxes)
 * are merged as "smax=umax=...", never mixing a negative signed value with an unsigned one.
 * Unsigned numbers up to 65535 and signed numbers in [-32768, 32767] print in decimal, others in
 * hex (signed ones as their 64-bit pattern, smin32/smax32 as their 32-bit pattern).
 */
package org.bpfplay.engine.verifier.scalar;

/** Kernel log formatting of scalars. */
public final class ScalarPrinter {
    private ScalarPrinter() {
    }

    /** A scalar with no id and not precise: {@code 42}, {@code scalar()}, {@code scalar(umax=255,...)}. */
    public static String print(Scalar s) {
        return print(s, 0, 0, false, false);
    }

    /**
     * A scalar register value as the log prints it after {@code R1=}.
     *
     * @param id          the scalar's link id (0: none)
     * @param hasAddConst whether the register was linked by {@code rX += const} ({@code id=1+5})
     * @param addConst    that constant, printed with a sign
     * @param precise     the precision mark ({@code P} prefix)
     */
    public static String print(Scalar s, int id, int addConst, boolean hasAddConst, boolean precise) {
        StringBuilder sb = new StringBuilder();
        if (precise) {
            sb.append('P');
        }
        if (s.varOff().isConst()) {
            return sb.append(snum(s.varOff().value())).toString();
        }
        sb.append("scalar(");
        String sep = "";
        if (id != 0) {
            sb.append("id=").append(id);
            sep = ",";
        }
        if (hasAddConst) {
            sb.append(addConst >= 0 ? "+" : "").append(addConst);
        }
        sep = appendRanges(sb, s, sep);
        if (!s.varOff().isUnknown()) {
            sb.append(sep).append("var_off=").append(s.varOff());
        }
        return sb.append(')').toString();
    }

    /**
     * The bounds and tnum part of a register's attributes, each preceded by a separator (the
     * first by {@code sep}, later ones by a comma): what a pointer with a variable offset prints
     * after its own attributes ({@code pkt(id=1,r=0,smin=...,var_off=(0x0; 0xf))}).
     */
    public static String rangeAttributes(Scalar s, String sep) {
        StringBuilder sb = new StringBuilder();
        String next = appendRanges(sb, s, sep);
        if (!s.varOff().isUnknown()) {
            sb.append(next).append("var_off=").append(s.varOff());
        }
        return sb.toString();
    }

    private static String appendRanges(StringBuilder sb, Scalar s, String sep) {
        String[] names = {"smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"};
        long smin32 = isSnumDecimal(s.s32Min()) ? s.s32Min() : s.s32Min() & 0xffff_ffffL;
        long smax32 = isSnumDecimal(s.s32Max()) ? s.s32Max() : s.s32Max() & 0xffff_ffffL;
        long[] vals = {s.smin(), s.smax(), s.umin(), s.umax(), smin32, smax32,
            s.u32Min() & 0xffff_ffffL, s.u32Max() & 0xffff_ffffL};
        boolean[] omit = {s.smin() == Long.MIN_VALUE, s.smax() == Long.MAX_VALUE, s.umin() == 0, s.umax() == -1L,
            s.s32Min() == Integer.MIN_VALUE, s.s32Max() == Integer.MAX_VALUE, s.u32Min() == 0, s.u32Max() == -1};
        for (int i = 0; i < 8; i++) {
            if (omit[i]) {
                continue;
            }
            boolean neg1 = names[i].charAt(0) == 's' && vals[i] < 0;
            sb.append(sep).append(names[i]).append('=');
            sep = ",";
            for (int j = i + 2; j < 8; j += 2) {
                if (omit[j] || vals[j] != vals[i]) {
                    continue;
                }
                boolean neg2 = names[j].charAt(0) == 's' && vals[j] < 0;
                if (neg2 != neg1) {
                    continue;
                }
                omit[j] = true;
                sb.append(names[j]).append('=');
            }
            sb.append(names[i].charAt(0) == 's' ? snum(vals[i]) : unum(vals[i]));
        }
        return sep;
    }

    /** An unsigned number: decimal up to 65535, else {@code 0x...}. */
    public static String unum(long v) {
        return Long.compareUnsigned(v, 0xffff) <= 0 ? Long.toString(v) : hex(v);
    }

    /** A signed number: decimal in [-32768, 32767], else the 64-bit pattern in hex. */
    public static String snum(long v) {
        return isSnumDecimal(v) ? Long.toString(v) : hex(v);
    }

    /** {@code %#llx} as the kernel prints it (zero is {@code 0x0}). */
    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static boolean isSnumDecimal(long v) {
        return v >= -32768 && v <= 32767;
    }
}
