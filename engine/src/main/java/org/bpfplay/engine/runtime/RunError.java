package org.bpfplay.engine.runtime;

/**
 * Why a run could not start: the errno BPF_PROG_TEST_RUN (or map setup) would fail with, as the
 * kernel's strerror text ({@code Invalid argument}), and what was wrong.
 */
public record RunError(String errno, String message) {
    static RunError einval(String why) {
        return new RunError("Invalid argument", why);
    }

    @Override
    public String toString() {
        return errno + ": " + message;
    }
}
