package org.bpfplay.engine.asm;

/**
 * Constant expressions in operands ({@code r0 = 1 << 4}, {@code (r1 - 8*2)}), evaluated as
 * llvm-mc evaluates them: 64-bit two's complement, GNU as precedence (lowest to highest:
 * {@code ||}; {@code &&}; comparisons, which give -1 for true; {@code + -}; {@code | ^ & !};
 * {@code * / % << >>}), {@code >>} a logical shift, unary {@code - + ~ !} binding tightest.
 * Precedence climbing over a {@link Cursor}; errors throw {@link SyntaxError}.
 */
final class ConstantExpression {
    /** Deeper nesting than any real constant; keeps hostile input from exhausting the stack. */
    private static final int MAX_DEPTH = 200;

    private final Cursor c;
    private int depth;

    private ConstantExpression(Cursor c) {
        this.c = c;
    }

    /** Reads one expression at the cursor and returns its value. */
    static long read(Cursor c) {
        ConstantExpression e = new ConstantExpression(c);
        return e.binary(1);
    }

    private static int precedence(Token t) {
        if (t.kind() != TokenKind.PUNCT) {
            return 0;
        }
        switch (t.text()) {
            case "||":
                return 1;
            case "&&":
                return 2;
            case "==": case "!=": case "<>": case "<": case "<=": case ">": case ">=":
                return 3;
            case "+": case "-":
                return 4;
            case "|": case "^": case "&": case "!":
                return 5;
            case "*": case "/": case "%": case "<<": case ">>":
                return 6;
            default:
                return 0;
        }
    }

    private long binary(int minPrecedence) {
        long left = unary();
        while (true) {
            Token op = c.peek();
            int p = precedence(op);
            if (p == 0 || p < minPrecedence) {
                return left;
            }
            c.next();
            long right = binary(p + 1);
            left = apply(op, left, right);
        }
    }

    private static long apply(Token op, long a, long b) {
        switch (op.text()) {
            case "||": return (a != 0 || b != 0) ? 1 : 0;
            case "&&": return (a != 0 && b != 0) ? 1 : 0;
            case "==": return a == b ? -1 : 0;
            case "!=": case "<>": return a != b ? -1 : 0;
            case "<": return a < b ? -1 : 0;
            case "<=": return a <= b ? -1 : 0;
            case ">": return a > b ? -1 : 0;
            case ">=": return a >= b ? -1 : 0;
            case "+": return a + b;
            case "-": return a - b;
            case "|": return a | b;
            case "^": return a ^ b;
            case "&": return a & b;
            case "!": return a | ~b;
            case "*": return a * b;
            case "<<": return a << b;
            case ">>": return a >>> b;
            case "/":
            case "%":
                if (b == 0) {
                    throw Cursor.error(op, "division by zero in a constant");
                }
                if (a == Long.MIN_VALUE && b == -1) {
                    throw Cursor.error(op, "the constant overflows 64 bits");
                }
                return op.text().equals("/") ? a / b : a % b;
            default:
                throw Cursor.shape(op, "unknown operator " + op.describe());
        }
    }

    private long unary() {
        Token t = c.next();
        if (++depth > MAX_DEPTH) {
            throw Cursor.error(t, "this constant is nested too deeply");
        }
        try {
            return primary(t);
        } finally {
            depth--;
        }
    }

    private long primary(Token t) {
        if (t.kind() == TokenKind.NUMBER) {
            return t.value();
        }
        if (t.kind() == TokenKind.BAD) {
            throw Cursor.error(t, t.problem());
        }
        if (t.is("-")) {
            return -unary();
        }
        if (t.is("+")) {
            return unary();
        }
        if (t.is("~")) {
            return ~unary();
        }
        if (t.is("!")) {
            return unary() == 0 ? 1 : 0;
        }
        if (t.is("(")) {
            long v = binary(1);
            Token close = c.next();
            if (!close.is(")")) {
                throw Cursor.shape(close, "expected ')' in the constant but found " + close.describe());
            }
            return v;
        }
        if (t.kind() == TokenKind.IDENT) {
            throw Cursor.error(t, "a constant cannot use a name ('" + t.text() + "'): write the number");
        }
        throw Cursor.shape(t, "expected a number but found " + t.describe());
    }
}
