package org.bpfplay.engine.verifier;

/**
 * How to verify: the program type (decides context access and return rules), the log level
 * (0 none, 1 failing path + summary, 2 every path) and the privilege mode.
 */
public record VerifierOptions(ProgType progType, int logLevel, PrivilegeMode mode) {

    public VerifierOptions {
        if (logLevel < 0 || logLevel > 2) {
            throw new IllegalArgumentException("log level must be 0, 1 or 2: " + logLevel);
        }
    }

    public static VerifierOptions of(ProgType type, int logLevel) {
        return new VerifierOptions(type, logLevel, PrivilegeMode.ROOT);
    }
}
