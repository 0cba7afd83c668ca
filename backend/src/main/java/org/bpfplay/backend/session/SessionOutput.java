package org.bpfplay.backend.session;

import tools.jackson.databind.node.ObjectNode;

/**
 * What an engine command session may send. All methods are safe from any thread; messages go out in the
 * order they were accepted, possibly combined into {@code batch} frames.
 */
public interface SessionOutput {

    /** A fresh empty JSON object to fill in as a payload. */
    ObjectNode object();

    /** Answers a client message ({@code re} = its seq). Returns false if the session is gone or too slow. */
    boolean reply(Envelope request, String type, ObjectNode payload);

    /**
     * Pushes an event (no {@code re}), waiting while the client's queue is full: this is the back-pressure
     * a long verifier or run trace relies on. Returns false once the session is closed (or was closed
     * because the client stayed too slow): stop producing then.
     */
    boolean emit(String type, ObjectNode payload);

    /** Answers a client message with an {@code error} envelope. */
    boolean error(Envelope request, ErrorCode code, String message);

    /** Whether the socket is still open; long computations should check this between chunks. */
    boolean isOpen();

    /** The server's id of this socket (for logs). */
    String sessionId();
}
