package org.bpfplay.engine.jit;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;

/*
 * Splits a program into the basic blocks the JIT compiles. Each slot gets a kind: STRAIGHT (ALU,
 * LD_IMM64, plain loads and stores), JUMP (ends a block), EXIT (ends a block; the machine pops the
 * frame) or INTERPRETED (calls, helpers, LD_ABS/IND, atomics, may_goto, invalid slots: never
 * compiled). Leaders are pc 0, jump and call targets, and every pc after a JUMP, EXIT or
 * INTERPRETED slot. A block runs from a leader over STRAIGHT slots up to and including a JUMP or
 * EXIT, stopping before the next leader or INTERPRETED slot. The plan tells the machine, per pc,
 * the block length (entry) or how many instructions the interpreter must run first.
 */
final class BlockPlan {
    enum Kind { STRAIGHT, JUMP, EXIT, INTERPRETED }

    /** One block: first pc, the pcs of its instructions in order. */
    record Block(int start, int[] pcs) {
        int count() {
            return pcs.length;
        }

        int last() {
            return pcs[pcs.length - 1];
        }
    }

    final Program program;
    final int slots;
    final Kind[] kinds;
    final boolean[] leader;
    final List<Block> blocks = new ArrayList<>();
    /** Per pc (plus the fell-off slot): see {@link org.bpfplay.engine.interp.Machine.Compiled#plan}. */
    final int[] plan;
    /** Per pc: true if a compiled block starts there. */
    final boolean[] entry;

    interface Validity {
        boolean valid(int pc);
    }

    BlockPlan(Program program, Validity validity) {
        this.program = program;
        this.slots = program.slotCount();
        kinds = new Kind[slots + 1];
        leader = new boolean[slots + 1];
        plan = new int[slots + 1];
        entry = new boolean[slots + 1];
        for (int pc = 0; pc < slots; pc++) {
            Instruction insn = program.at(pc);
            kinds[pc] = insn == null || !validity.valid(pc) ? Kind.INTERPRETED : kindOf(insn);
        }
        kinds[slots] = Kind.INTERPRETED;
        leader[0] = true;
        for (int pc = 0; pc < slots; pc++) {
            Instruction insn = program.at(pc);
            if (insn == null) {
                continue;
            }
            int next = pc + insn.width();
            if (kinds[pc] != Kind.STRAIGHT) {
                leader[Math.min(next, slots)] = true;
            }
            if (kinds[pc] == Kind.JUMP) {
                leader[target(pc, insn)] = true;
            } else if (validity.valid(pc) && insn.isLocalCall()) {
                leader[target(pc, insn)] = true;
            } else if (validity.valid(pc) && insn.isWide() && insn.src() == 4) {
                // A callback (BPF_PSEUDO_FUNC) is entered from a helper: make it a block start.
                long t = (long) pc + 1 + insn.imm32();
                if (t >= 0 && t < slots) {
                    leader[(int) t] = true;
                }
            }
        }
        for (int pc = 0; pc <= slots; pc++) {
            plan[pc] = -1;
        }
        int pc = 0;
        while (pc < slots) {
            if (kinds[pc] == Kind.INTERPRETED) {
                pc++;
                continue;
            }
            List<Integer> pcs = new ArrayList<>();
            int p = pc;
            while (true) {
                pcs.add(p);
                Kind k = kinds[p];
                p += program.at(p).width();
                if (k != Kind.STRAIGHT || p >= slots || leader[p] || kinds[p] == Kind.INTERPRETED) {
                    break;
                }
            }
            int[] a = pcs.stream().mapToInt(Integer::intValue).toArray();
            blocks.add(new Block(pc, a));
            entry[pc] = true;
            for (int i = 0; i < a.length; i++) {
                plan[a[i]] = i == 0 ? a.length : -(a.length - i);
            }
            pc = p;
        }
    }

    /** The absolute target of a jump or local call (valid instructions only: in range). */
    static int target(int pc, Instruction insn) {
        int rel = insn.insnClass() == InsnClass.JMP32 && insn.jumpOp() == JumpOp.JA || insn.isLocalCall()
                ? insn.imm32() : insn.offset();
        return pc + 1 + rel;
    }

    private static Kind kindOf(Instruction insn) {
        switch (insn.insnClass()) {
            case ALU:
            case ALU64:
                return Kind.STRAIGHT;
            case JMP:
            case JMP32: {
                JumpOp op = insn.jumpOp();
                if (op == JumpOp.EXIT) {
                    return Kind.EXIT;
                }
                if (op == JumpOp.JA || op.isConditional()) {
                    return Kind.JUMP;
                }
                return Kind.INTERPRETED;
            }
            case LD:
                return insn.isWide() ? Kind.STRAIGHT : Kind.INTERPRETED;
            case LDX:
            case ST:
                return Kind.STRAIGHT;
            default: {
                if (insn.mode() == Mode.MEM) {
                    return Kind.STRAIGHT;
                }
                AtomicOp op = AtomicOp.of(insn.imm32());
                return op == AtomicOp.LOAD_ACQUIRE || op == AtomicOp.STORE_RELEASE ? Kind.STRAIGHT : Kind.INTERPRETED;
            }
        }
    }
}
