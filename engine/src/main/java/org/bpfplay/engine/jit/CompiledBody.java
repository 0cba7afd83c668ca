package org.bpfplay.engine.jit;

import org.bpfplay.engine.interp.Memory;

/** What a generated class implements: {@link org.bpfplay.engine.interp.Machine.Compiled#run}. */
interface CompiledBody {
    long run(long[] regs, Memory memory, long fuel, int pc);
}
