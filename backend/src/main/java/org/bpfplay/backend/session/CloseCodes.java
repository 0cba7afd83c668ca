package org.bpfplay.backend.session;

import org.springframework.web.socket.CloseStatus;

/**
 * Close codes the server uses besides the standard ones (1009 too big, 1011 server error). 4000-4999 is
 * the range RFC 6455 leaves to applications.
 */
final class CloseCodes {
    /** No client message for longer than {@code bpfplay.limits.ws-idle-timeout}. */
    static final CloseStatus IDLE = new CloseStatus(4001, "idle timeout");
    /** The client kept sending after being told it is rate limited. */
    static final CloseStatus RATE = new CloseStatus(4002, "rate limit exceeded");
    /** The client did not read its messages fast enough; the outgoing queue stayed full. */
    static final CloseStatus SLOW = new CloseStatus(4003, "client too slow");
    /** The server is at its session limit. */
    static final CloseStatus FULL = new CloseStatus(1013, "too many sessions, try again later");

    private CloseCodes() {
    }
}
