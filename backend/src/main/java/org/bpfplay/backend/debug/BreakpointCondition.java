package org.bpfplay.backend.debug;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A breakpoint condition on register values: {@code rN OP rM} or {@code rN OP NUMBER}, where OP is
 * {@code == != < <= > >=} (unsigned 64-bit, as BPF's jeq/jlt...), {@code s< s<= s> s>=} (signed) or
 * {@code &} (any common bit set, as jset). NUMBER is decimal (may be negative) or {@code 0x} hex.
 * Parsing is a single regular match over a short string: no evaluation of user code, ever.
 */
public record BreakpointCondition(int register, Op op, int otherRegister, long value, String text) {
    private static final Pattern FORM = Pattern.compile(
            "\\s*r(\\d{1,2})\\s*(==|!=|<=|>=|<|>|s<=|s>=|s<|s>|&)\\s*(?:r(\\d{1,2})|(-?\\d+|0[xX][0-9a-fA-F]+))\\s*");

    /** The comparisons. */
    public enum Op {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), SLT("s<"), SLE("s<="), SGT("s>"), SGE("s>="), SET("&");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        static Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    /** A parsed condition, or the reason it is not one. */
    public record Parsed(BreakpointCondition condition, String error) {
    }

    public static Parsed parse(String text) {
        if (text.length() > 200) {
            return new Parsed(null, "condition is longer than 200 characters");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return new Parsed(null, "condition '" + text + "' is not 'rN OP rM' or 'rN OP number' "
                    + "(OP: == != < <= > >= s< s<= s> s>= &), e.g. 'r1 == 5'");
        }
        int reg = Integer.parseInt(m.group(1));
        if (reg > 10) {
            return new Parsed(null, "condition '" + text + "': r" + reg + " is not a register (r0..r10)");
        }
        Op op = Op.of(m.group(2));
        if (m.group(3) != null) {
            int other = Integer.parseInt(m.group(3));
            if (other > 10) {
                return new Parsed(null, "condition '" + text + "': r" + other + " is not a register (r0..r10)");
            }
            return new Parsed(new BreakpointCondition(reg, op, other, 0, text.strip()), null);
        }
        String n = m.group(4);
        long value;
        try {
            value = n.startsWith("0x") || n.startsWith("0X") ? Long.parseUnsignedLong(n.substring(2), 16) : Long.parseLong(n);
        } catch (NumberFormatException e) {
            return new Parsed(null, "condition '" + text + "': " + n + " does not fit in 64 bits");
        }
        return new Parsed(new BreakpointCondition(reg, op, -1, value, text.strip()), null);
    }

    /** Whether the condition holds for registers r0..r10. */
    public boolean test(long[] regs) {
        long a = regs[register];
        long b = otherRegister >= 0 ? regs[otherRegister] : value;
        switch (op) {
            case EQ: return a == b;
            case NE: return a != b;
            case LT: return Long.compareUnsigned(a, b) < 0;
            case LE: return Long.compareUnsigned(a, b) <= 0;
            case GT: return Long.compareUnsigned(a, b) > 0;
            case GE: return Long.compareUnsigned(a, b) >= 0;
            case SLT: return a < b;
            case SLE: return a <= b;
            case SGT: return a > b;
            case SGE: return a >= b;
            case SET: return (a & b) != 0;
            default: throw new IllegalStateException(op.name());
        }
    }
}
