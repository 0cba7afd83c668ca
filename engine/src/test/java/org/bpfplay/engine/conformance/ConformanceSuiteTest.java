package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The whole bpf_conformance suite through the real interpreter: every file must pass. */
class ConformanceSuiteTest {

    @Test
    void theWholeSuitePassesInTheInterpreter() throws IOException {
        ConformanceReport report = ConformanceSuite.run(SharedConformance.require(), Runners.interpreter());
        String failures = report.results().stream()
                .filter(r -> r.status() != ConformanceResult.Status.PASS)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
        assertEquals("313 passed, 0 failed", report.summary(), failures);
    }
}
