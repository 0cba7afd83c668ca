package org.bpfplay.backend.session;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text to {@link Envelope} and back. Parsing never throws: a bad message becomes a {@link Decoded.Bad}
 * naming what is wrong (and the client's seq when it could be read, so the error can point at it).
 */
final class ProtocolCodec {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The result of reading one client message. */
    sealed interface Decoded {
        record Ok(Envelope envelope) implements Decoded {
        }

        record Bad(ErrorCode code, String message, Long seq) implements Decoded {
        }
    }

    Decoded decode(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            String what = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("");
            var at = e.getLocation();
            String where = at == null || at.getColumnNr() <= 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Decoded.Bad(ErrorCode.MALFORMED, "malformed JSON" + where + ": " + what, null);
        }
        if (root == null || !root.isObject()) {
            return new Decoded.Bad(ErrorCode.MALFORMED, "a message is a JSON object {type, seq, payload}", null);
        }
        JsonNode seqNode = root.get("seq");
        Long seq = seqNode != null && seqNode.isIntegralNumber() && seqNode.canConvertToLong() ? seqNode.longValue() : null;
        JsonNode type = root.get("type");
        if (type == null || !type.isString() || type.stringValue().isEmpty()) {
            return new Decoded.Bad(ErrorCode.MALFORMED, "missing 'type' (a non-empty string)", seq);
        }
        if (seq == null) {
            return new Decoded.Bad(ErrorCode.MALFORMED, "missing 'seq' (an integer the client increases per message)", null);
        }
        for (String name : root.propertyNames()) {
            if (!name.equals("type") && !name.equals("seq") && !name.equals("payload")) {
                return new Decoded.Bad(ErrorCode.MALFORMED, "unknown envelope field '" + name + "'; an envelope has type, seq, payload", seq);
            }
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = JsonNodeFactory.instance.objectNode();
        } else if (!payload.isObject()) {
            return new Decoded.Bad(ErrorCode.MALFORMED, "'payload' must be a JSON object", seq);
        }
        return new Decoded.Ok(new Envelope(type.stringValue(), seq, null, payload));
    }

    String encode(Envelope envelope) {
        return mapper.writeValueAsString(envelope);
    }

    /** A frame carrying several already-encoded messages, in order; it has no seq of its own. */
    String batch(List<String> encoded) {
        return "{\"type\":\"batch\",\"payload\":{\"messages\":[" + String.join(",", encoded) + "]}}";
    }

    ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    JsonMapper mapper() {
        return mapper;
    }
}
