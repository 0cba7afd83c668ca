package org.bpfplay.engine.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * One source line of the bpf_conformance syntax cut into words. A {@code #} starts a comment;
 * words are separated by white space and commas; a memory operand {@code [%r1 + 8]} is one word
 * even with spaces inside (written without spaces upstream, accepted with them here).
 *
 * @param tokens the words in order
 * @param error  what is malformed (an unclosed '['), or null
 */
record ConformanceLine(List<Token> tokens, AsmError error) {

    /** A word and the 1-based column it starts at. */
    record Token(String text, int column) {
        @Override
        public String toString() {
            return text;
        }
    }

    static ConformanceLine split(String line, int lineNo) {
        List<Token> tokens = new ArrayList<>();
        AsmError error = null;
        int n = line.indexOf('#') >= 0 ? line.indexOf('#') : line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (c == '[') {
                int close = line.indexOf(']', i);
                if (close < 0 || close > n) {
                    error = new AsmError(lineNo, start + 1, "memory operand is missing its closing ']'");
                    close = n - 1;
                }
                tokens.add(new Token(withoutSpaces(line.substring(start, close + 1)), start + 1));
                i = close + 1;
                continue;
            }
            while (i < n && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != ',') {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), start + 1));
        }
        return new ConformanceLine(List.copyOf(tokens), error);
    }

    private static String withoutSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
