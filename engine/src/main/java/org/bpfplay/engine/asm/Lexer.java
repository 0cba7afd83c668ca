package org.bpfplay.engine.asm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits assembly source into {@link Token}s, the way llvm-mc reads BPF assembly: comments are
 * {@code #}, {@code //} and {@code /* ... *}{@code /} (which may span lines); a newline or
 * {@code ;} ends a statement; numbers are decimal, {@code 0x} hex, {@code 0b} binary, octal
 * with a leading {@code 0}, or a character {@code 'a'}. The signed operators ({@code s>>=},
 * {@code s/=}, {@code s<} ...) are single tokens. The lexer never fails: what it cannot read
 * becomes a BAD token that the parser reports if it reaches it.
 */
final class Lexer {
    /** Operators and punctuation, longest first so that the first match is the longest. */
    private static final String[] PUNCTUATION = {
        "<<=", ">>=",
        "==", "!=", "<>", "&&", "||", ">=", "<=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<", ">>",
        "=", "+", "-", "*", "/", "%", "|", "&", "^", "<", ">", "(", ")", "[", "]", ",", ":", "@", "!", "~",
    };
    /** Operators that start with the letter s (signed variants), longest first. */
    private static final String[] SIGNED = {"s>>=", "s/=", "s%=", "s>=", "s<=", "s>", "s<"};
    private static final Pattern INTEGER_SUFFIX = Pattern.compile("(?<=[0-9a-fA-F])[uU]?[lL]{0,2}$");
    private static final Pattern DIRECTIONAL_LABEL = Pattern.compile("[0-9]+[bfBF]");
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    /** All tokens of the source; the list always ends with an END token. */
    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source == null ? "" : source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        if (src.startsWith("\uFEFF")) {
            pos = 1; // a byte-order mark some editors write; columns count from after it
            lineStart = 1;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                add(TokenKind.END, pos, pos + 1, 0, null);
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
            } else if (c == '#' || src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                blockComment();
            } else if (c == ';') {
                add(TokenKind.END, pos, pos + 1, 0, null);
                pos++;
            } else if (isIdentStart(c)) {
                identifier();
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (c == '\'') {
                character();
            } else if (c == '"') {
                string();
            } else {
                punctuation();
            }
        }
        tokens.add(new Token(TokenKind.END, "", line, pos - lineStart + 1, 0, null));
    }

    private void add(TokenKind kind, int start, int end, long value, String problem) {
        tokens.add(new Token(kind, src.substring(start, end), line, start - lineStart + 1, value, problem));
    }

    private void blockComment() {
        int start = pos;
        int startLine = line;
        int startCol = pos - lineStart + 1;
        pos += 2;
        while (pos < src.length() && !src.startsWith("*/", pos)) {
            if (src.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
        if (pos >= src.length()) {
            tokens.add(new Token(TokenKind.BAD, src.substring(start, Math.min(src.length(), start + 2)), startLine,
                    startCol, 0, "this /* comment is never closed with */"));
            return;
        }
        pos += 2;
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '.' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private void identifier() {
        int start = pos;
        if (src.charAt(pos) == 's') {
            for (String op : SIGNED) {
                if (src.startsWith(op, pos)) {
                    pos += op.length();
                    add(TokenKind.PUNCT, start, pos, 0, null);
                    return;
                }
            }
        }
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
            pos++;
        }
        add(TokenKind.IDENT, start, pos, 0, null);
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && isIdentPart(src.charAt(pos)) && src.charAt(pos) != '.') {
            pos++;
        }
        String text = src.substring(start, pos);
        // llvm-mc ignores C integer suffixes (5u, 5ll, 0x10ULL): note that "5ll" is then a plain
        // 32-bit move, not a 64-bit load, which needs the separate word "ll".
        String digits = INTEGER_SUFFIX.matcher(text).replaceFirst("");
        BigInteger value = parseInteger(digits);
        if (value == null && DIRECTIONAL_LABEL.matcher(text).matches()) {
            // 1b / 1f: a reference to the numeric local label 1, backward or forward.
            add(TokenKind.IDENT, start, pos, 0, null);
        } else if (value == null) {
            add(TokenKind.BAD, start, pos, 0, "'" + text + "' is not a number (write decimal, 0x hex, 0b binary)");
        } else if (value.compareTo(MAX_U64) > 0) {
            add(TokenKind.BAD, start, pos, 0, "number " + text + " is too large: it does not fit in 64 bits");
        } else {
            add(TokenKind.NUMBER, start, pos, value.longValue(), null);
        }
    }

    /** The value of an integer literal, or null if it is malformed. */
    static BigInteger parseInteger(String text) {
        int radix = 10;
        String digits = text;
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            radix = 16;
            digits = text.substring(2);
        } else if (text.length() > 2 && (text.startsWith("0b") || text.startsWith("0B"))) {
            radix = 2;
            digits = text.substring(2);
        } else if (text.length() > 1 && text.startsWith("0")) {
            radix = 8;
            digits = text.substring(1);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }

    private void character() {
        int start = pos;
        pos++;
        int value = -1;
        if (pos < src.length() && src.charAt(pos) == '\\' && pos + 1 < src.length()) {
            value = escape(src.charAt(pos + 1));
            pos += 2;
        } else if (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\'') {
            value = src.charAt(pos);
            pos++;
        }
        if (value < 0 || value > 0xff || pos >= src.length() || src.charAt(pos) != '\'') {
            while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\'') {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '\'') {
                pos++;
            }
            add(TokenKind.BAD, start, pos, 0, "malformed character literal: write one character like 'a'");
            return;
        }
        pos++;
        add(TokenKind.NUMBER, start, pos, value, null);
    }

    private static int escape(char c) {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case '0':
                return 0;
            case '\\':
            case '\'':
            case '"':
                return c;
            default:
                return -1;
        }
    }

    private void string() {
        int start = pos;
        pos++;
        while (pos < src.length() && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
            pos += src.charAt(pos) == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) != '\n' ? 2 : 1;
        }
        if (pos < src.length() && src.charAt(pos) == '"') {
            pos++;
            add(TokenKind.STRING, start, pos, 0, null);
        } else {
            add(TokenKind.BAD, start, pos, 0, "this string is never closed with \"");
        }
    }

    private void punctuation() {
        for (String p : PUNCTUATION) {
            if (src.startsWith(p, pos)) {
                add(TokenKind.PUNCT, pos, pos + p.length(), 0, null);
                pos += p.length();
                return;
            }
        }
        int cp = src.codePointAt(pos);
        int len = Character.charCount(cp);
        String shown = Character.isISOControl(cp) ? String.format("\\u%04x", cp) : new String(Character.toChars(cp));
        add(TokenKind.BAD, pos, pos + len, 0, "unexpected character '" + shown + "'");
        pos += len;
    }
}
