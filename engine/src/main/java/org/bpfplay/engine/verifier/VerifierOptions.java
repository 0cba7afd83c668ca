package org.bpfplay.engine.verifier;

import java.util.Set;

import org.bpfplay.engine.progtype.ProgramType;

/**
 * How to verify: the program type (decides context access and return rules), the log level
 * (0 none, 1 failing path + summary, 2 every path) and the privilege mode.
 */
public record VerifierOptions(ProgramType progType, int logLevel, PrivilegeMode mode) {
    /** The program types whose rules the verifier knows so far. */
    public static final Set<ProgramType> SUPPORTED_TYPES = Set.of(ProgramType.SOCKET_FILTER, ProgramType.XDP);

    public VerifierOptions {
        if (!SUPPORTED_TYPES.contains(progType)) {
            throw new IllegalArgumentException("the verifier handles socket_filter and xdp so far, not " + progType);
        }
        if (logLevel < 0 || logLevel > 2) {
            throw new IllegalArgumentException("log level must be 0, 1 or 2: " + logLevel);
        }
    }

    public static VerifierOptions of(ProgramType type, int logLevel) {
        return new VerifierOptions(type, logLevel, PrivilegeMode.ROOT);
    }
}
