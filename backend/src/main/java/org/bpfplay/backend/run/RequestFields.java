package org.bpfplay.backend.run;

import java.util.Set;

import org.bpfplay.backend.system.ApiError;
import org.bpfplay.backend.system.ApiException;

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
}
