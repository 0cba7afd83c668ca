package org.bpfplay.engine.jit;

import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;

/** A translated program as the machine sees it: the block plan and the generated code. */
final class CompiledProgram implements Machine.Compiled {
    private final int[] plan;
    private final CompiledBody body;

    CompiledProgram(int[] plan, CompiledBody body) {
        this.plan = plan;
        this.body = body;
    }

    @Override
    public int plan(int pc) {
        return pc >= 0 && pc < plan.length ? plan[pc] : -1;
    }

    @Override
    public long run(long[] regs, Memory memory, long fuel, int pc) {
        return body.run(regs, memory, fuel, pc);
    }
}
