/*
 * The backtracking state of one precision walk (the kernel's backtrack_state) and its step
 * (backtrack_insn): per call frame, the registers and stack slots whose exact value is still
 * needed, and how one instruction, read backwards, turns "needed after it" into "needed before
 * it". Going back over a bpf-to-bpf call leaves the callee (r1-r5 needs move to the caller);
 * going back over an exit enters the callee (r0 goes along when the exit returns from a call).
 */
package org.bpfplay.engine.verifier.explore;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.verifier.cfg.ProgramCheck;
import org.bpfplay.engine.verifier.check.LinkedRegs;

/** Which registers and slots of which frames a precision walk still looks for. */
final class Backtrack {
    static final int MAX_FRAMES = 8;
    /** r1-r5: what a call passes. */
    static final int ARGS = 0x3e;
    private static final int FP = 10;

    /** What one step concluded. */
    enum Result {
        /** Carry on. */
        OK,
        /** An instruction the rules cannot see through: every scalar becomes precise (-ENOTSUPP). */
        NOT_SUPPORTED,
        /** A need that should have been resolved earlier (the kernel's "verifier backtracking bug"). */
        BUG
    }

    /** The frame the walk is in (bt->frame). */
    int frame;
    final int[] regs = new int[MAX_FRAMES];
    final long[] slots = new long[MAX_FRAMES];

    Backtrack(int frame) {
        this.frame = frame;
    }

    boolean isRegSet(int fr, int r) {
        return (regs[fr] & (1 << r)) != 0;
    }

    boolean isSlotSet(int fr, int spi) {
        return (slots[fr] & (1L << spi)) != 0;
    }

    void setReg(int fr, int r) {
        regs[fr] |= 1 << r;
    }

    void clearReg(int fr, int r) {
        regs[fr] &= ~(1 << r);
    }

    void setSlot(int fr, int spi) {
        slots[fr] |= 1L << spi;
    }

    void clearSlot(int fr, int spi) {
        slots[fr] &= ~(1L << spi);
    }

    /** Nothing left to find in the walk's frame or the frames below it (bt_empty). */
    boolean empty() {
        for (int i = 0; i <= frame; i++) {
            if (regs[i] != 0 || slots[i] != 0) {
                return false;
            }
        }
        return true;
    }

    void reset() {
        java.util.Arrays.fill(regs, 0);
        java.util.Arrays.fill(slots, 0);
    }

    /** Helpers that call a callback synchronously: their call instruction is also the callback's return point. */
    static boolean callsCallback(Instruction in) {
        return in.src() == Pseudo.CALL_HELPER && ProgramCheck.isSyncCallbackHelper(in.imm32());
    }

    /**
     * backtrack_insn: updates the needs from "after {@code node}'s instruction" to "before it".
     * {@code subseqIdx} is the instruction the path went to after it (-1: none).
     */
    Result step(Program prog, History node, int subseqIdx) {
        Instruction in = prog.at(node.pc());
        if (in == null) {
            return Result.NOT_SUPPORTED;
        }
        syncLinked(node.linked());
        return apply(prog, in, node, subseqIdx);
    }

    /** The end of a step that went all the way: linked registers are synced once more. */
    private Result synced(History node) {
        syncLinked(node.linked());
        return Result.OK;
    }

    /** bt_sync_linked_regs: if any scalar linked at a branch is needed, all of them are. */
    void syncLinked(LinkedRegs linked) {
        if (linked == null) {
            return;
        }
        boolean any = false;
        for (LinkedRegs.Entry e : linked.entries()) {
            any |= e.isReg() ? isRegSet(e.frame(), e.index()) : isSlotSet(e.frame(), e.index());
        }
        if (!any) {
            return;
        }
        for (LinkedRegs.Entry e : linked.entries()) {
            if (e.isReg()) {
                setReg(e.frame(), e.index());
            } else {
                setSlot(e.frame(), e.index());
            }
        }
    }

    private Result apply(Program prog, Instruction in, History node, int subseqIdx) {
        int d = in.dst();
        int s = in.src();
        InsnClass cls = in.insnClass();
        switch (cls) {
            case ALU:
            case ALU64: {
                if (d >= 11 || !isRegSet(frame, d)) {
                    return Result.OK;
                }
                AluOp op = in.aluOp();
                if (op == AluOp.END || op == AluOp.NEG) {
                    return Result.OK;
                }
                if (op == AluOp.MOV) {
                    clearReg(frame, d);
                }
                if (in.source() == Source.X && s != FP && s < 11) {
                    setReg(frame, s);
                }
                return synced(node);
            }
            case LDX:
                return load(d, node);
            case ST:
            case STX: {
                if (in.mode() == Mode.ATOMIC && in.atomicOp() == AtomicOp.LOAD_ACQUIRE) {
                    return load(d, node);
                }
                // other atomics, fetching ones included, follow the store rule in 6.18: the fetched
                // register is not traced into the slot (a need for it passes the instruction)
                if (d < 11 && isRegSet(frame, d)) {
                    // a scalar used as the address: pointer subtraction somewhere
                    return Result.NOT_SUPPORTED;
                }
                if (node.stackSpi() < 0 || !isSlotSet(node.stackFrame(), node.stackSpi())) {
                    return Result.OK;
                }
                clearSlot(node.stackFrame(), node.stackSpi());
                if (cls == InsnClass.STX) {
                    setReg(frame, s);
                }
                return synced(node);
            }
            case LD:
                if (in.isWide()) {
                    if (d < 11) {
                        clearReg(frame, d);
                    }
                    return Result.OK;
                }
                // ld_abs/ld_ind: r0 comes from the packet; the implicit exit leaves the subprogram
                if (isRegSet(frame, d)) {
                    return Result.NOT_SUPPORTED;
                }
                if (subseqIdx != node.pc() + 1) {
                    if (frame == MAX_FRAMES - 1) {
                        return Result.BUG;
                    }
                    frame++;
                }
                return Result.OK;
            default:
                return jump(prog, in, node, subseqIdx);
        }
    }

    private Result load(int loadReg, History node) {
        if (loadReg >= 11 || !isRegSet(frame, loadReg)) {
            return Result.OK;
        }
        clearReg(frame, loadReg);
        // only a fill of a spilled register keeps the exact value (any other load starts from scratch)
        if (node.stackSpi() < 0) {
            return Result.OK;
        }
        setSlot(node.stackFrame(), node.stackSpi());
        return synced(node);
    }

    private Result jump(Program prog, Instruction in, History node, int subseqIdx) {
        JumpOp op = in.jumpOp();
        int idx = node.pc();
        if (op == JumpOp.CALL && in.src() == Pseudo.CALL_LOCAL) {
            // back over the call into the caller: only the arguments can still be needed
            if ((regs[frame] & ~ARGS) != 0 || slots[frame] != 0 || frame == 0) {
                return Result.BUG;
            }
            for (int r = 1; r <= 5; r++) {
                if (isRegSet(frame, r)) {
                    clearReg(frame, r);
                    setReg(frame - 1, r);
                }
            }
            frame--;
            return Result.OK;
        }
        if (op == JumpOp.CALL && callsCallback(in) && idx != subseqIdx - 1) {
            // the callback returned here: its r1-r5 were not passed by this instruction
            if ((regs[frame] & ~ARGS) != 0 || slots[frame] != 0 || frame == 0) {
                return Result.BUG;
            }
            regs[frame] &= ~ARGS;
            frame--;
            return Result.OK;
        }
        if (op == JumpOp.CALL) {
            if (in.src() == Pseudo.CALL_KFUNC && in.imm32() == 0) {
                return Result.NOT_SUPPORTED;
            }
            clearReg(frame, 0);
            if ((regs[frame] & ARGS) != 0) {
                return Result.BUG;
            }
            return synced(node);
        }
        if (op == JumpOp.EXIT) {
            Instruction after = subseqIdx >= 0 ? prog.at(subseqIdx) : null;
            if (after != null && after.insnClass() == InsnClass.JMP && after.jumpOp() == JumpOp.CALL && callsCallback(after)) {
                // a callback's exit: r1-r5 at the helper call were set by the helper, not found in the callback
                regs[frame] &= ~ARGS;
            }
            Instruction before = subseqIdx - 1 >= 0 ? prog.at(subseqIdx - 1) : null;
            boolean fromCall = before != null && before.jumpOp() == JumpOp.CALL
                    && before.insnClass() == InsnClass.JMP && before.src() == Pseudo.CALL_LOCAL;
            boolean r0 = fromCall && isRegSet(frame, 0);
            if ((regs[frame] & ARGS) != 0) {
                return Result.BUG;
            }
            clearReg(frame, 0);
            if (frame == MAX_FRAMES - 1) {
                return Result.BUG;
            }
            frame++;
            if (r0) {
                setReg(frame, 0);
            }
            return Result.OK;
        }
        if (op != null && op.isConditional() && in.source() == Source.X) {
            if (!isRegSet(frame, in.dst()) && !isRegSet(frame, in.src())) {
                return Result.OK;
            }
            if ((node.flags() & History.SRC_REG_STACK) == 0) {
                setReg(frame, in.src());
            }
            if ((node.flags() & History.DST_REG_STACK) == 0) {
                setReg(frame, in.dst());
            }
        }
        return synced(node);
    }
}
