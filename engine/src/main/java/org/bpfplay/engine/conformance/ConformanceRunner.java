package org.bpfplay.engine.conformance;

import java.util.stream.Collectors;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.ConformanceAssembler;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;

/**
 * Checks one conformance test: builds its program (from {@code -- raw} words, else by assembling
 * it), runs it on a copy of its memory through a {@link ProgramRunner}, and compares r0 with the
 * expected result, or the error text with the expected error (exact match, as upstream).
 */
public final class ConformanceRunner {
    private ConformanceRunner() {
    }

    /** The program of a test, or the assembly or decoding errors that prevent one. */
    public record Built(Program program, String error) {
    }

    /** Builds the program a test runs: its raw words when present, else its assembly. */
    public static Built build(ConformanceTest test) {
        if (test.isRaw()) {
            Encoding.Decoded d = Encoding.decode(test.rawBytes());
            if (!d.ok()) {
                return new Built(null, "raw program: " + d.errors().stream().map(Object::toString)
                        .collect(Collectors.joining("; ")));
            }
            return new Built(Program.of(d.instructions()), null);
        }
        AsmResult r = ConformanceAssembler.assemble(test.asm());
        if (!r.ok()) {
            return new Built(null, "assembly failed: " + r.errors().stream().map(Object::toString)
                    .collect(Collectors.joining("; ")));
        }
        return new Built(r.program(), null);
    }

    /** The verdict on one test. */
    public static ConformanceResult check(ConformanceTest test, ProgramRunner runner) {
        String name = test.name();
        if (test.skipReason() != null) {
            return ConformanceResult.skip(name, test.skipReason());
        }
        if (!test.problems().isEmpty()) {
            return ConformanceResult.fail(name, "malformed test file: " + String.join("; ", test.problems()));
        }
        Built built = build(test);
        if (built.error() != null) {
            return ConformanceResult.fail(name, built.error());
        }
        if (built.program().instructions().isEmpty()) {
            return ConformanceResult.skip(name, "no instructions");
        }
        ProgramRunner.Outcome outcome;
        try {
            outcome = runner.run(built.program(), test.memory());
        } catch (RuntimeException e) {
            // A bug in the runner must not stop the other files from being checked.
            return ConformanceResult.fail(name, "runner crashed: " + e);
        }
        if (test.expectedError() != null) {
            if (outcome.ok()) {
                return ConformanceResult.fail(name, "expected error '" + test.expectedError()
                        + "' but the program returned r0 = " + hex(outcome.r0()));
            }
            String got = outcome.error().strip();
            return got.equals(test.expectedError()) ? ConformanceResult.pass(name)
                    : ConformanceResult.fail(name, "error '" + got + "', expected '" + test.expectedError() + "'");
        }
        if (!outcome.ok()) {
            return ConformanceResult.fail(name, "error: " + outcome.error() + " (expected r0 = "
                    + hex(test.expectedResult()) + ")");
        }
        if (outcome.r0() != test.expectedResult()) {
            return ConformanceResult.fail(name, "r0 = " + hex(outcome.r0()) + ", expected " + hex(test.expectedResult()));
        }
        return ConformanceResult.pass(name);
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
