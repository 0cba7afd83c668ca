package org.bpfplay.engine.conformance;

/**
 * The verdict on one {@code .data} file.
 *
 * @param name   the file name
 * @param status pass, fail or skip
 * @param reason why it failed or was skipped; empty for a pass
 */
public record ConformanceResult(String name, Status status, String reason) {
    /** The verdicts of the upstream runner, without its ERROR (a test that cannot run fails here). */
    public enum Status { PASS, FAIL, SKIP }

    public static ConformanceResult pass(String name) {
        return new ConformanceResult(name, Status.PASS, "");
    }

    public static ConformanceResult fail(String name, String reason) {
        return new ConformanceResult(name, Status.FAIL, reason);
    }

    public static ConformanceResult skip(String name, String reason) {
        return new ConformanceResult(name, Status.SKIP, reason);
    }

    /** {@code FAIL add.data: r0 = 0x2, expected 0x3}, or {@code PASS add.data}. */
    @Override
    public String toString() {
        return status + " " + name + (reason.isEmpty() ? "" : ": " + reason);
    }
}
