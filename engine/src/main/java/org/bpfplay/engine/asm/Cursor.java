package org.bpfplay.engine.asm;

import java.util.List;

import org.bpfplay.engine.isa.Size;

/**
 * Reads the tokens of one statement, with the operand rules shared by all instructions:
 * registers, immediates, memory addresses {@code (r1 + 4)}, access casts {@code (u32 *)} and
 * jump targets. Every rule either returns a value or throws {@link SyntaxError} at the token
 * that does not fit.
 */
final class Cursor {
    /** Range of a 32-bit immediate as llvm-mc writes it: signed, or unsigned up to 0xffffffff. */
    static final String IMM32_RANGE = "-2147483648..4294967295";

    private final List<Token> tokens;
    private final Token end;
    private int pos;

    /** @param tokens the statement's tokens; {@code end} is the END token that follows them. */
    Cursor(List<Token> tokens, Token end) {
        this.tokens = tokens;
        this.end = end;
    }

    // ---- tokens --------------------------------------------------------------------------

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : end;
    }

    Token next() {
        Token t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    /** The first token the lexer could not read, or null. */
    Token firstBad() {
        for (Token t : tokens) {
            if (t.kind() == TokenKind.BAD) {
                return t;
            }
        }
        return null;
    }

    /** True if the statement's last token is this word (the {@code ll} of a 64-bit load). */
    boolean endsWithWord(String word) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).isWord(word);
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** Consumes the token if it is this punctuation or word (case-insensitive for words). */
    boolean match(String text) {
        Token t = peek();
        if (t.is(text) || t.isWord(text)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes this punctuation or word, else fails naming what was expected. */
    Token expect(String text) {
        Token t = peek();
        if (!match(text)) {
            throw shape(t, "expected '" + text + "' but found " + t.describe());
        }
        return t;
    }

    /** Fails unless the statement is over. */
    void expectEnd() {
        if (!atEnd()) {
            throw shape(peek(), "unexpected " + peek().describe() + " after a complete instruction");
        }
    }

    static SyntaxError shape(Token at, String message) {
        return new SyntaxError(at, message, true);
    }

    static SyntaxError error(Token at, String message) {
        return new SyntaxError(at, message, false);
    }

    // ---- registers -----------------------------------------------------------------------

    /** True if the token is spelled like a register (r0..r99, w0..w99), valid or not. */
    static boolean looksLikeRegister(Token t) {
        if (t.kind() != TokenKind.IDENT || t.text().length() < 2 || t.text().length() > 3) {
            return false;
        }
        char c = Character.toLowerCase(t.text().charAt(0));
        if (c != 'r' && c != 'w') {
            return false;
        }
        for (int i = 1; i < t.text().length(); i++) {
            if (!Character.isDigit(t.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean atRegister() {
        return looksLikeRegister(peek());
    }

    /** A register r0..r10 or w0..w10. */
    Reg register(String what) {
        Token t = peek();
        if (!looksLikeRegister(t)) {
            throw shape(t, "expected " + what + " but found " + t.describe());
        }
        pos++;
        boolean alu32 = Character.toLowerCase(t.text().charAt(0)) == 'w';
        int n = Integer.parseInt(t.text().substring(1));
        if (n > 10 || (t.text().length() == 3 && t.text().charAt(1) == '0')) {
            throw error(t, "unknown register " + t.text() + ": the registers are " + (alu32 ? "w0 to w10" : "r0 to r10"));
        }
        return new Reg(n, alu32, t);
    }

    /** A 64-bit register rN. */
    Reg register64(String what) {
        Reg r = register(what);
        if (r.alu32()) {
            throw error(r.at(), what + " must be a 64-bit register: write r" + r.number() + ", not " + r.name());
        }
        return r;
    }

    /** A register of the same width as {@code like}. */
    Reg registerLike(Reg like, String what) {
        Reg r = register(what);
        if (r.alu32() != like.alu32()) {
            throw error(r.at(), "register " + r.name() + " is " + (r.alu32() ? "32" : "64") + "-bit but "
                    + like.name() + " is " + (like.alu32() ? "32" : "64") + "-bit: write "
                    + (like.alu32() ? "w" : "r") + r.number() + " to match");
        }
        return r;
    }

    // ---- numbers -------------------------------------------------------------------------

    /** True if a constant comes next: it starts with a number, or a sign and a number (as in llvm-mc). */
    boolean atNumber() {
        Token t = peek();
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        return (t.is("-") || t.is("+")) && peek(1).kind() == TokenKind.NUMBER;
    }

    /** A constant: a number with an optional sign, possibly a whole expression ({@code 1 << 4}). */
    Constant number(String what) {
        Token first = peek();
        if (first.kind() == TokenKind.BAD) {
            throw error(first, first.problem());
        }
        if (!atNumber()) {
            Token t = first.is("-") || first.is("+") ? peek(1) : first;
            if (t.kind() == TokenKind.BAD) {
                throw error(t, t.problem());
            }
            throw shape(t, "expected " + what + " but found " + t.describe());
        }
        int from = pos;
        long value = ConstantExpression.read(this);
        StringBuilder text = new StringBuilder();
        for (int i = from; i < pos; i++) {
            text.append(tokens.get(i).text());
        }
        return new Constant(value, first, text.toString());
    }

    /** A 32-bit immediate, accepting -2^31 .. 2^32-1 as llvm-mc does; encoded as two's complement. */
    int imm32(String what, String hint) {
        Constant n = number(what);
        if (n.value() < Integer.MIN_VALUE || n.value() > 0xffffffffL) {
            throw error(n.at(), what + " " + n.text() + " does not fit in 32 bits (" + IMM32_RANGE + ")" + hint);
        }
        return (int) n.value();
    }

    /** A constant in 0..max. */
    long unsigned(String what, long max) {
        Constant n = number(what);
        if (n.value() < 0 || n.value() > max) {
            throw error(n.at(), what + " " + n.text() + " is out of range (0.." + max + ")");
        }
        return n.value();
    }

    /**
     * A constant as written.
     *
     * @param value its 64-bit value
     * @param at    its first token
     * @param text  its tokens, for messages
     */
    record Constant(long value, Token at, String text) {
        boolean fitsSigned(int bits) {
            return value >= -(1L << (bits - 1)) && value < (1L << (bits - 1));
        }
    }

    // ---- memory operands -----------------------------------------------------------------

    /** {@code (rN + off)} or {@code (rN - off)}. */
    Address address() {
        expect("(");
        Address a = addressInner();
        expect(")");
        return a;
    }

    /** {@code rN + off} or {@code rN - off}, the 16-bit signed offset written with its sign. */
    Address addressInner() {
        Reg base = register64("the address register");
        Token sign = peek();
        if (sign.is(")")) {
            throw shape(sign, "write the offset, even when it is zero: (" + base.name() + " + 0)");
        }
        if (!sign.is("+") && !sign.is("-")) {
            throw shape(sign, "expected '+' or '-' and an offset after " + base.name() + " but found " + sign.describe());
        }
        Token t = peek(1);
        if (t.kind() == TokenKind.BAD) {
            throw error(t, t.problem());
        }
        if (t.kind() != TokenKind.NUMBER) {
            throw shape(t, "expected a number after '" + sign.text() + "' but found " + t.describe()
                    + (t.is("-") || t.is("+") ? " (write (r1 - 8), not (r1 + -8))" : ""));
        }
        // The sign belongs to the constant, as in llvm-mc: (r1 - 1+1) is offset 0.
        Constant off = number("an offset");
        if (!off.fitsSigned(16)) {
            String shown = off.text().startsWith("+") ? off.text().substring(1) : off.text();
            throw error(t, "offset " + shown + " does not fit in 16 bits (-32768..32767)");
        }
        return new Address(base, (int) off.value());
    }

    /** A memory operand: base register and offset. */
    record Address(Reg base, int offset) {
    }

    /** {@code (u32 *)} or {@code (s8 *)}: the access size and whether it sign-extends. */
    Access access() {
        expect("(");
        Token t = peek();
        Access a = Access.parse(t);
        if (a == null) {
            throw shape(t, "expected an access type u8, u16, u32, u64 (or s8, s16, s32) but found " + t.describe());
        }
        pos++;
        expect("*");
        expect(")");
        return a;
    }

    /** The access type of a load or store. */
    record Access(Size size, boolean signed, Token at) {
        static Access parse(Token t) {
            if (t.kind() != TokenKind.IDENT) {
                return null;
            }
            String s = t.text().toLowerCase(java.util.Locale.ROOT);
            for (Size size : Size.values()) {
                if (s.equals(size.unsignedType)) {
                    return new Access(size, false, t);
                }
                if (s.equals(size.signedType)) {
                    return new Access(size, true, t);
                }
            }
            return null;
        }

        String name() {
            return signed ? size.signedType : size.unsignedType;
        }
    }

    // ---- jump targets --------------------------------------------------------------------

    /**
     * Skips the {@code pc} of the kernel's {@code goto pc+3} (verifier logs print jumps and
     * local calls this way); true if it was there.
     */
    boolean matchPcRelative() {
        if (peek().isWord("pc") && (peek(1).is("+") || peek(1).is("-")) && peek(2).kind() == TokenKind.NUMBER) {
            pos++;
            return true;
        }
        return false;
    }

    /** A label name, if the target is one; else null and the caller reads a number. */
    Token labelTarget() {
        if (matchPcRelative()) {
            return null;
        }
        Token t = peek();
        if (t.kind() == TokenKind.IDENT && !looksLikeRegister(t)) {
            pos++;
            return t;
        }
        return null;
    }

    /** A relative jump offset written as a number ({@code +3}, {@code -1}, {@code 3}). */
    int relativeTarget(int bits, String form) {
        Constant n = number("a label or a relative offset like +3");
        if (!n.fitsSigned(bits)) {
            throw error(n.at(), "jump offset " + n.text() + " does not fit in " + bits + " bits"
                    + (bits == 16 ? " (-32768..32767)" + (form.equals("goto") ? "; use gotol for longer jumps" : "") : ""));
        }
        return (int) n.value();
    }
}
