package org.bpfplay.backend.run;

import java.util.Set;

import org.bpfplay.backend.system.ApiError;
import org.bpfplay.backend.system.ApiException;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.text.HexText;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/** Reads the fields of a JSON request body, refusing wrong types and unknown fields by name. */
final class RequestFields {
    private RequestFields() {
    }

    /** Refuses a body that is not an object or has a field outside {@code allowed}. */
    static void only(JsonNode body, Set<String> allowed, String what) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!allowed.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; " + what,
                        ApiError.Location.field(name));
            }
        }
    }

    /** A string field; null when absent or null and not required. */
    static String string(JsonNode body, String name, boolean required, String meaning) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.badRequest("missing '" + name + "' (" + meaning + ")", ApiError.Location.field(name));
            }
            return null;
        }
        if (!v.isString()) {
            throw ApiException.badRequest("'" + name + "' must be a string (" + meaning + ")", ApiError.Location.field(name));
        }
        return v.stringValue();
    }

    /** A positive integer field; null when absent. */
    static Long positive(JsonNode body, String name, String meaning) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() <= 0) {
            throw ApiException.badRequest("'" + name + "' must be a positive integer (" + meaning + ")",
                    ApiError.Location.field(name));
        }
        return v.longValue();
    }

    /**
     * The program bytes of the field {@code hex} (blanks, colons, commas, dashes and {@code 0x} between
     * bytes allowed), refused when it is not pairs of hex digits or longer than {@code maxInsns} slots.
     */
    static byte[] programHex(String text, int maxInsns) {
        HexText.Parsed hex = HexText.parse(text);
        if (!hex.ok()) {
            throw ApiException.badRequest("'hex' must be pairs of hex digits (blanks between bytes allowed): "
                    + hex.describe(), ApiError.Location.field("hex"));
        }
        long maxBytes = (long) maxInsns * Encoding.SLOT_BYTES;
        if (hex.bytes().length > maxBytes) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.at("program is " + hex.bytes().length
                    + " bytes; the limit is " + maxBytes + " (bpfplay.limits.program-insns instructions)",
                    ApiError.Location.field("hex")));
        }
        return hex.bytes();
    }
}
