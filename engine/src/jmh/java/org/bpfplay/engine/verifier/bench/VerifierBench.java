package org.bpfplay.engine.verifier.bench;

import java.util.concurrent.TimeUnit;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierBenchPrograms;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to verify one generated program (VerifierBenchPrograms) as xdp, log level 0, in
 * microseconds; compare with the kernel's "verification time" for the same program
 * (scripts/measure-kernel-verify-time.sh, recorded in engine/src/jmh/resources/kernel-verify-times.txt).
 * Level 1 is measured too: the playground asks for a log.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class VerifierBench {
    @Param({"STRAIGHT", "BRANCHY", "LOOPS"})
    public String shape;

    @Param({"1000", "10000", "100000"})
    public int insns;

    Program program;
    VerifierOptions level0;
    VerifierOptions level1;

    @Setup(Level.Trial)
    public void setUp() {
        AsmResult r = Assembler.assemble(VerifierBenchPrograms.source(VerifierBenchPrograms.Shape.valueOf(shape), insns));
        if (!r.ok()) {
            throw new IllegalStateException("generated program does not assemble: " + r.errors());
        }
        program = r.program();
        level0 = VerifierOptions.of(ProgramType.XDP, 0);
        level1 = VerifierOptions.of(ProgramType.XDP, 1);
        VerificationResult v = Verifier.verify(program, level0);
        if (!v.accepted()) {
            throw new IllegalStateException("generated program rejected: " + v.message());
        }
    }

    @Benchmark
    public VerificationResult verify() {
        return Verifier.verify(program, level0);
    }

    @Benchmark
    public VerificationResult verifyWithLog() {
        return Verifier.verify(program, level1);
    }
}
