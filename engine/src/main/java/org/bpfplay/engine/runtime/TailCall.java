package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.ProgArray;

/*
 * bpf_tail_call(ctx, prog_array, index). As in the kernel, an index out of range, an empty slot or the
 * 34th tail call of a run (MAX_TAIL_CALL_CNT = 33) makes the helper return and the program go on.
 * Otherwise the target replaces the program and never returns: here it runs to its end in a fresh
 * machine over the same memory, maps and helpers (so its own tail calls count toward the same limit),
 * and its r0 ends the caller. The debugger sees the tail call as one step.
 */
final class TailCall {
    static final int MAX_TAIL_CALL_CNT = 33;

    private TailCall() {
    }

    /** Installs the helper; returns its state (the run's tail-call count) for the debugger. */
    static ExternalState install(HelperRegistry registry, MapSet maps, Memory memory, List<Program> targets,
                        PacketContext packet, RunInput input, List<String> events) {
        int[] count = {0};
        MapHelpers.reg(registry, HelperId.TAIL_CALL, c -> {
            maps.currentPc = c.pc();
            BpfMap m = maps.byHandle(c.arg(2));
            if (!(m instanceof ProgArray pa)) {
                c.fail("r2 = 0x" + Long.toHexString(c.arg(2)) + " is not a prog_array map");
                return 0;
            }
            Integer id = pa.program(c.arg(3) & 0xffffffffL);
            if (id == null || id < 0 || id >= targets.size() || count[0] >= MAX_TAIL_CALL_CNT) {
                return 0;
            }
            count[0]++;
            events.add("tail call " + m.name() + "[" + (c.arg(3) & 0xffffffffL) + "] -> program " + id);
            Machine next = ProgramRun.newMachine(targets.get(id), memory, registry, maps, packet);
            next.setRegister(1, c.arg(1));
            RunResult r = next.run(input.budget());
            if (!r.exited()) {
                c.fail("tail-called program " + id + " ended with " + r);
                return 0;
            }
            c.stop(r.r0());
            return 0;
        });
        return new ExternalState() {
            @Override
            public Object save() {
                return count[0];
            }

            @Override
            public void restore(Object saved) {
                count[0] = (Integer) saved;
            }
        };
    }
}
