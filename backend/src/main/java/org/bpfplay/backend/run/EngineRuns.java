package org.bpfplay.backend.run;

import java.util.concurrent.TimeUnit;

import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceRunner;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;
import org.springframework.stereotype.Component;

/**
 * The ONE place where the backend sets up the interpreter. Today a run uses the conformance-suite
 * setup (r1 = a writable copy of the input bytes, r2 = their length, r10 = the stack); when the engine's
 * run facade with program-type contexts (xdp_md, __sk_buff) and maps arrives, only this class changes.
 */
@Component
public class EngineRuns {
    private final Limits limits;

    public EngineRuns(Limits limits) {
        this.limits = limits;
    }

    /** The budget of one run or one debugger command: the configured steps and wall time, or fewer steps if asked. */
    public Budget budget(Long requestedSteps) {
        long steps = requestedSteps == null ? limits.runSteps() : Math.min(requestedSteps, limits.runSteps());
        return new Budget(steps, TimeUnit.NANOSECONDS.convert(limits.cpuTime()));
    }

    /** A machine ready to run {@code program} on {@code input}. */
    public Machine machine(Program program, byte[] input) {
        return ConformanceRunner.machine(program, input);
    }

    /** A debugger over a fresh machine. */
    public Debugger debugger(Program program, byte[] input, Budget budget) {
        return new Debugger(machine(program, input), budget);
    }

    /** Runs to the end: the result and the input bytes as the program left them. */
    public Outcome run(Program program, byte[] input, Budget budget) {
        Machine m = machine(program, input);
        RunResult result = m.run(budget);
        return new Outcome(result, dataOut(m, input));
    }

    /** The input region after the run (the program may write it), or the input unchanged if there is none. */
    public byte[] dataOut(Machine m, byte[] input) {
        Region r = inputRegion(m);
        return r == null ? input.clone() : r.snapshotBytes();
    }

    /** The region holding the input bytes (packet or conformance memory), or null when the input is empty. */
    public Region inputRegion(Machine m) {
        Memory mem = m.memory();
        for (Region r : mem.regions()) {
            if (r != null && (r.kind() == RegionKind.MEMORY || r.kind() == RegionKind.PACKET)) {
                return r;
            }
        }
        return null;
    }

    /** What a run to the end produced. */
    public record Outcome(RunResult result, byte[] dataOut) {
    }
}
