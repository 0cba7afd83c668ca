package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a packet description, equivalent to the one-line syntax:
 * <pre>
 *   {"layers": [
 *     {"layer": "eth"},
 *     {"layer": "ipv4", "src": "10.0.0.1", "dst": "10.0.0.2"},
 *     {"layer": "tcp", "dport": 80, "flags": "S"},
 *     {"layer": "payload", "text": "GET /"}]}
 * </pre>
 * A bare array of layers is accepted too. Field values are numbers or strings ("0x0800",
 * "hex:0204..."); a payload has exactly one of "text", "hex" or "len". Errors carry JSON paths
 * such as {@code $.layers[2].dport}.
 */
public final class PacketJson {
    private PacketJson() {
    }

    public static PacketText.Parsed parse(String json) {
        List<PacketError> errors = new ArrayList<>();
        List<LayerSpec> layers = new ArrayList<>();
        JsonReader.Result r = JsonReader.read(json);
        if (!r.ok()) {
            errors.add(r.error());
            return new PacketText.Parsed(layers, errors);
        }
        Object root = r.value();
        Object list = root;
        String path = "$";
        if (root instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!k.equals("layers")) {
                    errors.add(new PacketError("$." + k, "unknown key \"" + k + "\" (a description is {\"layers\": [...]})"));
                    return new PacketText.Parsed(layers, errors);
                }
            }
            list = m.get("layers");
            path = "$.layers";
            if (list == null) {
                errors.add(new PacketError("$", "missing \"layers\": [...]"));
                return new PacketText.Parsed(layers, errors);
            }
        }
        if (!(list instanceof List<?> items)) {
            errors.add(new PacketError(path, "expected an array of layers"));
            return new PacketText.Parsed(layers, errors);
        }
        if (items.isEmpty()) {
            errors.add(new PacketError(path, "empty packet description (no layers)"));
        }
        for (int i = 0; i < items.size() && errors.isEmpty(); i++) {
            LayerSpec l = layer(items.get(i), path + "[" + i + "]", errors);
            if (l != null) {
                layers.add(l);
            }
        }
        if (errors.isEmpty()) {
            LayerOrder.check(layers, errors);
        }
        return new PacketText.Parsed(layers, errors);
    }

    private static LayerSpec layer(Object item, String path, List<PacketError> errors) {
        if (!(item instanceof Map<?, ?> m)) {
            errors.add(new PacketError(path, "expected a layer object such as {\"layer\": \"eth\"}"));
            return null;
        }
        Object name = m.get("layer");
        if (!(name instanceof String s)) {
            errors.add(new PacketError(path + ".layer", "each layer needs \"layer\": \"NAME\" (layers: " + LayerKind.names() + ")"));
            return null;
        }
        LayerKind kind = LayerKind.bySyntax(s).orElse(null);
        if (kind == null) {
            errors.add(new PacketError(path + ".layer", "unknown layer '" + s + "' (layers: " + LayerKind.names() + ")"));
            return null;
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("layer")) {
                continue;
            }
            String fpath = path + "." + key;
            if (!kind.fields().contains(key)) {
                errors.add(new PacketError(fpath, "unknown field '" + key + "' in " + kind
                        + " (fields: " + String.join(", ", kind.fields()) + ")"));
                return null;
            }
            Object v = e.getValue();
            String text;
            if (v instanceof String str) {
                text = str;
            } else if (v instanceof JsonReader.JsonNumber n) {
                text = n.text();
            } else if (v instanceof Boolean b) {
                text = b ? "1" : "0";
            } else {
                errors.add(new PacketError(fpath, kind + " " + key + " must be a number or a string"));
                return null;
            }
            fields.add(new FieldSpec(key, text, fpath));
        }
        if (kind == LayerKind.PAYLOAD && fields.size() != 1) {
            errors.add(new PacketError(path, "a payload has exactly one of \"text\", \"hex\" or \"len\""));
            return null;
        }
        return new LayerSpec(kind, fields, path);
    }
}
