package org.bpfplay.engine.helpers;

import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;

/** Runs single helper calls ({@code call N; exit}) through a real Machine with the library installed. */
final class Rig {
    final HelperRegistry registry = new HelperRegistry();
    final WorldState state;
    final HelperLibrary library;
    final Memory memory = new Memory();
    final byte[] buf = new byte[256];
    final int bufId;

    Rig(World world) {
        state = new WorldState(world);
        library = HelperLibrary.registerAll(registry, state);
        bufId = memory.add(new Region("buf", RegionKind.MEMORY, buf, true));
    }

    Rig() {
        this(World.DEFAULT);
    }

    long addr(int offset) {
        return Memory.address(bufId, offset);
    }

    void put(int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, buf, offset, bytes.length);
    }

    RunResult call(HelperId id, long... args) {
        Machine m = new Machine(Program.of(Instruction.callHelper(id.id), Instruction.exit()), memory, registry);
        for (int i = 0; i < args.length; i++) {
            m.setRegister(i + 1, args[i]);
        }
        return m.run();
    }

    /** r0 of a call that must not fault. */
    long r0(HelperId id, long... args) {
        RunResult r = call(id, args);
        if (r.fault() != null) {
            throw new AssertionError("unexpected fault: " + r.fault());
        }
        return r.r0();
    }
}
