package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parser of the one-line packet syntax:
 * <pre>
 *   eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=80,flags=S) payload="GET /"
 *   eth(type=0x88b5) payload=hex:00:11:22   ipv6 udp payload=len:64
 * </pre>
 * Layers are separated by whitespace; each is a name with optional {@code (field=value,...)}.
 * The payload is written {@code payload="text"}, {@code payload=hex:..}, or {@code payload=len:N}.
 * Values may be quoted; a quoted value knows the escapes \" \\ \n \r \t \0 and \xHH (HH up to 7f,
 * text is UTF-8). Errors carry 1-based columns. Layer order and field names are checked here;
 * field values are checked by the {@link PacketBuilder}.
 */
public final class PacketText {
    private final String text;
    private int pos;
    private final List<PacketError> errors = new ArrayList<>();

    private PacketText(String text) {
        this.text = text;
    }

    /** The result of parsing: the layers (as far as they parsed) and the errors. */
    public record Parsed(List<LayerSpec> layers, List<PacketError> errors) {
        public Parsed {
            layers = List.copyOf(layers);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        PacketText p = new PacketText(text);
        List<LayerSpec> layers = p.layers();
        if (p.errors.isEmpty()) {
            LayerOrder.check(layers, p.errors);
        }
        return new Parsed(layers, p.errors);
    }

    private List<LayerSpec> layers() {
        List<LayerSpec> layers = new ArrayList<>();
        skipSpace();
        if (pos >= text.length()) {
            errors.add(PacketError.atColumn(1, "empty packet description (try: eth ipv4 tcp)"));
            return layers;
        }
        while (pos < text.length() && errors.isEmpty()) {
            LayerSpec layer = layer();
            if (layer != null) {
                layers.add(layer);
            }
            if (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && errors.isEmpty()) {
                errors.add(PacketError.atColumn(pos + 1, "expected a space before the next layer, found '"
                        + text.charAt(pos) + "'"));
            }
            skipSpace();
        }
        return layers;
    }

    private LayerSpec layer() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            errors.add(PacketError.atColumn(start + 1, "expected a layer name, found '" + text.charAt(pos) + "'"));
            return null;
        }
        String where = "column " + (start + 1);
        LayerKind kind = LayerKind.bySyntax(name).orElse(null);
        if (kind == null) {
            errors.add(PacketError.atColumn(start + 1, "unknown layer '" + name + "' (layers: " + LayerKind.names() + ")"));
            return null;
        }
        if (kind == LayerKind.PAYLOAD) {
            return payload(where, start);
        }
        List<FieldSpec> fields = new ArrayList<>();
        if (pos < text.length() && text.charAt(pos) == '(') {
            pos++;
            fields(kind, fields);
        }
        return new LayerSpec(kind, fields, where);
    }

    private LayerSpec payload(String where, int start) {
        if (pos >= text.length() || text.charAt(pos) != '=') {
            errors.add(PacketError.atColumn(start + 1, "write the payload as payload=\"text\", payload=hex:... or payload=len:N"));
            return null;
        }
        pos++;
        int valueStart = pos;
        String loc = "column " + (valueStart + 1);
        if (pos < text.length() && text.charAt(pos) == '"') {
            String s = quoted();
            return s == null ? null : new LayerSpec(LayerKind.PAYLOAD, List.of(new FieldSpec("text", s, loc)), where);
        }
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String v = text.substring(valueStart, pos);
        if (v.startsWith("hex:")) {
            return new LayerSpec(LayerKind.PAYLOAD, List.of(new FieldSpec("hex", v.substring(4), loc)), where);
        }
        if (v.startsWith("len:")) {
            return new LayerSpec(LayerKind.PAYLOAD, List.of(new FieldSpec("len", v.substring(4), loc)), where);
        }
        return new LayerSpec(LayerKind.PAYLOAD, List.of(new FieldSpec("text", v, loc)), where);
    }

    private void fields(LayerKind kind, List<FieldSpec> fields) {
        Set<String> seen = new HashSet<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
            return;
        }
        while (errors.isEmpty()) {
            skipSpace();
            int nameStart = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(nameStart, pos);
            if (name.isEmpty()) {
                errors.add(PacketError.atColumn(nameStart + 1, pos < text.length()
                        ? "expected a field name, found '" + text.charAt(pos) + "'" : "unclosed '(' in " + kind));
                return;
            }
            if (!kind.fields().contains(name)) {
                errors.add(PacketError.atColumn(nameStart + 1, "unknown field '" + name + "' in " + kind
                        + " (fields: " + String.join(", ", kind.fields()) + ")"));
                return;
            }
            if (!seen.add(name)) {
                errors.add(PacketError.atColumn(nameStart + 1, kind + " " + name + " is given twice"));
                return;
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                errors.add(PacketError.atColumn(pos + 1, "expected '=' after " + kind + " " + name));
                return;
            }
            pos++;
            skipSpace();
            int valueStart = pos;
            String value;
            if (pos < text.length() && text.charAt(pos) == '"') {
                value = quoted();
                if (value == null) {
                    return;
                }
            } else {
                while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
                    pos++;
                }
                value = text.substring(valueStart, pos).strip();
            }
            fields.add(new FieldSpec(name, value, "column " + (valueStart + 1)));
            skipSpace();
            if (pos >= text.length()) {
                errors.add(PacketError.atColumn(pos + 1, "unclosed '(' in " + kind));
                return;
            }
            char c = text.charAt(pos++);
            if (c == ')') {
                return;
            }
            if (c != ',') {
                errors.add(PacketError.atColumn(pos, "expected ',' or ')' after " + kind + " " + name + ", found '" + c + "'"));
                return;
            }
        }
    }

    /** Reads a quoted string at pos (which is at the opening quote); null after recording an error. */
    private String quoted() {
        int open = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
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
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case '0': sb.append('\0'); break;
                case 'x': {
                    int v = pos + 2 <= text.length() ? parseHex2(text.substring(pos, pos + 2)) : -1;
                    if (v < 0 || v > 0x7f) {
                        errors.add(PacketError.atColumn(pos - 1, "\\x needs two hex digits 00..7f (use payload=hex: for other bytes)"));
                        return null;
                    }
                    sb.append((char) v);
                    pos += 2;
                    break;
                }
                default:
                    errors.add(PacketError.atColumn(pos - 1, "unknown escape '\\" + e + "' (known: \\\" \\\\ \\n \\r \\t \\0 \\xHH)"));
                    return null;
            }
        }
        errors.add(PacketError.atColumn(open + 1, "unclosed quote"));
        return null;
    }

    private static int parseHex2(String s) {
        int a = Character.digit(s.charAt(0), 16);
        int b = Character.digit(s.charAt(1), 16);
        return a < 0 || b < 0 ? -1 : a << 4 | b;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Writes a string in the quoted syntax {@link #parse} reads back. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
