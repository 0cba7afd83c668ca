package org.bpfplay.backend.share;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One byte-exact text per JSON value, so that equal content hashes equally: object members sorted by
 * name (UTF-16 order), no insignificant whitespace, numbers in their shortest plain decimal form
 * ({@code 1.50} and {@code 1.5} are the same value, {@code 1e2} is {@code 100}), strings escaped the
 * way Jackson writes them. Close in spirit to RFC 8785 (JCS) without its float formatting rules.
 */
final class CanonicalJson {
    private final JsonMapper mapper;

    CanonicalJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private void append(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    out.append(mapper.writeValueAsString(members.get(i).getKey())).append(':');
                    append(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(node.get(i), out);
                }
                out.append(']');
            }
            case NUMBER -> out.append(number(node));
            case STRING -> out.append(mapper.writeValueAsString(node.stringValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            default -> out.append(mapper.writeValueAsString(node));
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.signum() == 0) {
            return "0";
        }
        // Plain digits for ordinary magnitudes; 1e999999 stays short in scientific form.
        return value.scale() < -20 || value.scale() > 40 ? value.toString() : value.toPlainString();
    }
}
