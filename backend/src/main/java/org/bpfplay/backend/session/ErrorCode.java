package org.bpfplay.backend.session;

/**
 * The {@code code} of an {@code error} envelope: stable, machine-readable names (the message text is for
 * people and may change).
 */
public enum ErrorCode {
    /** The text is not a JSON object with a string {@code type}, an integer {@code seq} and an object payload. */
    MALFORMED("malformed"),
    /** The {@code type} is not one the server knows. */
    UNKNOWN_TYPE("unknown_type"),
    /** The payload is JSON but not what this message type needs. */
    BAD_PAYLOAD("bad_payload"),
    /** More messages than the per-session rate allows; this one was dropped. */
    RATE_LIMITED("rate_limited"),
    /** The message is larger than the limit (normally the socket closes with 1009 before this). */
    TOO_LARGE("too_large"),
    /** The command needs the engine (assembler, verifier, interpreter), which is not plugged in yet. */
    ENGINE_UNAVAILABLE("engine_unavailable"),
    /** A stepping command before a program was loaded (or after a load that failed). */
    NOT_LOADED("not_loaded"),
    /** The session used up an engine budget (its total CPU time); reload to start a new session. */
    LIMIT("limit"),
    /** The session was idle too long and is being closed. */
    IDLE_TIMEOUT("idle_timeout"),
    /** The server has as many sessions as it allows. */
    OVERLOADED("overloaded"),
    /** An unexpected server failure while handling the message (details only in the server log). */
    INTERNAL("internal");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    /** The code as written in the {@code error} payload. */
    public String wire() {
        return wire;
    }
}
