package org.bpfplay.backend.session;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Stands in for the engine until it is plugged in: knows the command names of the protocol, so the
 * page's buttons and shortcuts get a clear {@code engine_unavailable} answer rather than
 * {@code unknown_type}.
 */
@Component
class UnavailableDebugCommands implements DebugCommands {
    /** The engine commands of the protocol (docs/protocol.md, "Engine commands"). */
    static final Set<String> TYPES = Set.of(
            "load", "verify", "run", "step", "stepBack", "continue", "runTo", "pause", "reset",
            "setBreakpoint", "clearBreakpoint", "setMapEntry", "setInput");

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public DebugCommandSession open(SessionOutput output) {
        return new DebugCommandSession() {
            @Override
            public void onCommand(Envelope command) {
                output.error(command, ErrorCode.ENGINE_UNAVAILABLE,
                        "'" + command.type() + "' needs the engine (assembler, verifier, interpreter), which is not available yet");
            }

            @Override
            public void close() {
            }
        };
    }
}
