package org.bpfplay.backend.session;

import java.util.Set;

/**
 * The seam where the engine plugs into the session socket. The transport ({@link DebugSocketHandler})
 * handles {@code hello}, {@code ping} and every error case itself; envelopes whose type is in
 * {@link #types()} go to the {@link DebugCommandSession} opened for that socket.
 *
 * <p>To plug the engine in, provide a Spring bean implementing this interface annotated
 * {@code @Primary} (tests do; the application has exactly one, {@code debug.EngineDebugCommands}). Commands run on a worker thread, one
 * at a time per session and in arrival order, so an implementation may block (e.g. while streaming a
 * verifier trace through {@link SessionOutput#emit}, which waits when the client reads slowly).
 */
public interface DebugCommands {

    /** Whether the engine is there; the page shows "not available yet" states when false. */
    boolean available();

    /** The envelope types this implementation handles (e.g. {@code load}, {@code step}). */
    Set<String> types();

    /** Called once per socket, after the handshake; the returned session lives as long as the socket. */
    DebugCommandSession open(SessionOutput output);
}
