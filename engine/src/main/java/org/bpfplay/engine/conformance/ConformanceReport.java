package org.bpfplay.engine.conformance;

import java.util.List;

import org.bpfplay.engine.conformance.ConformanceResult.Status;

/** The verdicts of a whole suite run, in file-name order, and their counts. */
public record ConformanceReport(List<ConformanceResult> results) {
    public ConformanceReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return count(Status.PASS);
    }

    public long failed() {
        return count(Status.FAIL);
    }

    public long skipped() {
        return count(Status.SKIP);
    }

    /** True if nothing failed; skipped files do not count against the run, as upstream. */
    public boolean ok() {
        return failed() == 0;
    }

    /** {@code N passed, M failed}, plus {@code , K skipped} only when something was skipped. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed" + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }

    private long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
