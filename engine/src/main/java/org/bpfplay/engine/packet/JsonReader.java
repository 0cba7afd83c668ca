package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for packet descriptions, since the engine has no dependencies.
 * Objects become {@link LinkedHashMap} (duplicate keys are errors), arrays {@link List}, strings
 * {@link String}, numbers {@link JsonNumber} (the literal text, so 0-padding and range errors can be
 * reported by the caller), true/false {@link Boolean}, and null {@link #NULL}. Syntax errors are
 * returned with their line and column.
 */
public final class JsonReader {
    /** The JSON null value (Java null is reserved for "no value, see errors"). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number literal, kept as written. */
    public record JsonNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The parsed value, or null with an error. */
    public record Result(Object value, PacketError error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final int MAX_DEPTH = 64;
    private final String text;
    private int pos;
    private PacketError error;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Result read(String text) {
        JsonReader r = new JsonReader(text);
        r.space();
        Object v = r.value(0);
        if (r.error == null) {
            r.space();
            if (r.pos < text.length()) {
                r.fail("unexpected '" + text.charAt(r.pos) + "' after the JSON value");
            }
        }
        return r.error == null ? new Result(v, null) : new Result(null, r.error);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            return fail("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= text.length()) {
            return fail("unexpected end of JSON, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                return fail("unexpected '" + c + "', expected a JSON value");
        }
    }

    private Object object(int depth) {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                return fail("expected a quoted key");
            }
            int keyPos = pos;
            String key = string();
            if (key == null) {
                return null;
            }
            if (map.containsKey(key)) {
                pos = keyPos;
                return fail("duplicate key \"" + key + "\"");
            }
            space();
            if (peek() != ':') {
                return fail("expected ':' after the key");
            }
            pos++;
            space();
            Object v = value(depth + 1);
            if (v == null) {
                return null;
            }
            map.put(key, v);
            space();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                return fail("expected ',' or '}' in an object");
            }
        }
    }

    private Object array(int depth) {
        pos++;
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            space();
            Object v = value(depth + 1);
            if (v == null) {
                return null;
            }
            list.add(v);
            space();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                return fail("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                fail("control character in a string (escape it)");
                return null;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': {
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
                        if (d < 0) {
                            fail("\\u needs four hex digits");
                            return null;
                        }
                        v = v << 4 | d;
                        pos++;
                    }
                    sb.append((char) v);
                    break;
                }
                default:
                    pos--;
                    fail("unknown escape '\\" + e + "'");
                    return null;
            }
        }
        fail("unclosed string");
        return null;
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (Character.isDigit(peek())) {
            while (Character.isDigit(peek())) {
                pos++;
            }
        } else {
            return fail("a number needs digits");
        }
        if (peek() == '.') {
            pos++;
            if (!Character.isDigit(peek())) {
                return fail("digits expected after '.'");
            }
            while (Character.isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Character.isDigit(peek())) {
                return fail("digits expected in the exponent");
            }
            while (Character.isDigit(peek())) {
                pos++;
            }
        }
        if (Character.isDigit(peek())) {
            return fail("numbers do not start with 0 in JSON (write hex as a string: \"0x1234\")");
        }
        return new JsonNumber(text.substring(start, pos));
    }

    private Object literal(String word, Object value) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return value;
        }
        return fail("unknown word, expected a JSON value");
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void space() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Object fail(String message) {
        if (error == null) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < pos && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            error = new PacketError("line " + line + " column " + col, message);
        }
        return null;
    }
}
