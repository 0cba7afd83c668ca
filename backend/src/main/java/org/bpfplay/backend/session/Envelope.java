package org.bpfplay.backend.session;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * One protocol message. Client messages carry the client's own increasing {@code seq}; server messages
 * carry the server's, and {@code re} names the client message a reply answers (absent on pushed events).
 * The payload is always a JSON object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(String type, Long seq, Long re, JsonNode payload) {
}
