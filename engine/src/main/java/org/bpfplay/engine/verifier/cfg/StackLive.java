/*
 * A conservative stack-slot liveness for pruning (6.18 compares only live stack slots of a
 * checkpoint). A slot is live at a pc if some path from there may read it. Reads are found only
 * where they are certain to be recognised: loads and atomics through r10 at a fixed offset read
 * the slots they cover; any access, helper call or exit-with-pointer that may go through another
 * stack pointer (a register that anywhere in the program is derived from r10) counts as reading
 * every slot. Programs with bpf-to-bpf calls or callbacks are left fully live. Being conservative
 * only ever keeps more slots live than the kernel does, never fewer.
 */
package org.bpfplay.engine.verifier.cfg;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Source;

/** Live stack slots (bit i: the slot at fp-(i+1)*8) before each instruction of the main frame. */
public final class StackLive {
    private static final long ALL = -1L;

    private StackLive() {
    }

    /** Per pc the live-slot mask (-1: all slots live). */
    public static long[] compute(Program prog) {
        int len = prog.slotCount();
        long[] live = new long[len];
        int stackRegs = stackDerived(prog);
        if (stackRegs < 0) {
            java.util.Arrays.fill(live, ALL);
            return live;
        }
        long[] use = new long[len];
        int[][] succ = new int[len][];
        for (int pc = 0; pc < len; pc++) {
            Instruction in = prog.at(pc);
            succ[pc] = in == null ? new int[0] : LiveRegs.successors(in, pc, len);
            use[pc] = in == null ? 0 : use(in, stackRegs);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = len - 1; pc >= 0; pc--) {
                long out = 0;
                for (int s : succ[pc]) {
                    out |= live[s];
                }
                long in = use[pc] | out;
                if (in != live[pc]) {
                    live[pc] = in;
                    changed = true;
                }
            }
        }
        return live;
    }

    /** The slots an instruction may read. */
    private static long use(Instruction in, int stackRegs) {
        InsnClass cls = in.insnClass();
        switch (cls) {
            case LDX:
                return in.src() == 10 ? slots(in.offset(), in.size().bytes) : viaReg(in.src(), stackRegs);
            case STX:
                if (in.mode() == Mode.ATOMIC) {
                    return in.dst() == 10 ? slots(in.offset(), in.size().bytes) : viaReg(in.dst(), stackRegs);
                }
                return 0;
            case JMP:
            case JMP32: {
                JumpOp op = in.jumpOp();
                if (op == JumpOp.CALL) {
                    return (stackRegs & 0x3e) != 0 ? ALL : 0;
                }
                return 0;
            }
            default:
                return 0;
        }
    }

    private static long viaReg(int reg, int stackRegs) {
        return reg < 11 && (stackRegs & (1 << reg)) != 0 ? ALL : 0;
    }

    /** The slots covering [off, off+size) below the frame pointer (ALL if outside the tracked 64). */
    private static long slots(int off, int size) {
        long mask = 0;
        for (int b = off; b < off + size; b++) {
            if (b >= 0) {
                continue;
            }
            int spi = (-b - 1) / 8;
            if (spi >= 64) {
                return ALL;
            }
            mask |= 1L << spi;
        }
        return mask;
    }

    /**
     * Registers that anywhere in the program may hold a stack pointer (flow-insensitive), r10
     * excluded; -1 when the program has calls to subprograms or callbacks.
     */
    private static int stackDerived(Program prog) {
        int regs = 1 << 10;
        boolean spilled = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = 0; pc < prog.slotCount(); pc++) {
                Instruction in = prog.at(pc);
                if (in == null) {
                    continue;
                }
                InsnClass cls = in.insnClass();
                int add = 0;
                if ((cls == InsnClass.JMP || cls == InsnClass.JMP32) && in.jumpOp() == JumpOp.CALL
                        && in.src() != Pseudo.CALL_HELPER) {
                    return -1;
                }
                if (cls == InsnClass.LD && in.isWide() && in.src() == Pseudo.FUNC) {
                    return -1;
                }
                if ((cls == InsnClass.ALU64 || cls == InsnClass.ALU) && in.source() == Source.X && in.src() < 11
                        && (regs & (1 << in.src())) != 0 && in.aluOp() != null) {
                    add = 1 << in.dst();
                }
                if (cls == InsnClass.ALU64 && in.aluOp() == AluOp.MOV && in.source() == Source.X
                        && in.src() < 11 && (regs & (1 << in.src())) != 0) {
                    add = 1 << in.dst();
                }
                if (cls == InsnClass.STX && in.src() < 11 && (regs & (1 << in.src())) != 0 && !spilled) {
                    spilled = true;
                    changed = true;
                }
                if (cls == InsnClass.LDX && spilled && in.dst() < 11) {
                    add = 1 << in.dst();
                }
                if (cls == InsnClass.STX && in.mode() == Mode.ATOMIC && spilled && in.src() < 11) {
                    add = (1 << in.src()) | 1;
                }
                if (add != 0 && (regs & add) == 0) {
                    regs |= add;
                    changed = true;
                }
            }
        }
        return regs & ~(1 << 10);
    }
}
