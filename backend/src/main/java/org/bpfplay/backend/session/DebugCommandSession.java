package org.bpfplay.backend.session;

/**
 * The engine side of one socket: holds whatever the engine keeps between commands (the loaded program,
 * the verifier trace, the interpreter's history for step back, breakpoints).
 */
public interface DebugCommandSession {

    /**
     * Handles one client command whose type is in {@link DebugCommands#types()}. The payload is a JSON
     * object (possibly empty). Answer with {@link SessionOutput#reply} / {@link SessionOutput#error};
     * stream events with {@link SessionOutput#emit}. Exceptions are logged and answered with an
     * {@code internal} error; they do not close the socket.
     */
    void onCommand(Envelope command);

    /** The socket closed (client left, idle timeout, limit): release everything. */
    void close();
}
