/*
 * Precision backtracking (a reduced __mark_chain_precision / backtrack_insn): when a scalar's
 * exact value matters (a branch decided by it, pointer arithmetic with it, a pruning hit on a
 * precise register), walk the current path backwards from the instruction before the current
 * one, turning "register r needs precision" into the registers and stack slots it was computed
 * from, and mark them precise in each checkpoint the walk passes. Anything the walk does not
 * model (calls, exits, atomics, legacy packet loads, other frames) falls back to marking every
 * scalar of every checkpoint on the chain precise, which is always safe.
 */
package org.bpfplay.engine.verifier.explore;

import java.util.Map;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Marks the checkpoints' registers and slots that a needed-precise value came from. */
final class Precision {
    private final Program prog;
    /** For each checkpoint, the path as it was when the checkpoint was stored. */
    private final Map<VerifierState, History> marks;

    /** Hears which registers and slots a walk newly marked precise in a checkpoint (for the event stream). */
    interface Marked {
        void marked(VerifierState checkpoint, int frame, int regs, long slots);
    }

    private final Marked onMark;

    Precision(Program prog, Map<VerifierState, History> marks, Marked onMark) {
        this.prog = prog;
        this.marks = marks;
        this.onMark = onMark;
    }

    /** Needs precision for {@code regMask}/{@code stackMask} of the current frame of {@code cur}. */
    void mark(VerifierState cur, History head, int regMask, long stackMask) {
        int frame = cur.curframe();
        VerifierState st = cur.parent;
        History node = head == null ? null : head.prev();
        int regs = regMask;
        long stack = stackMask;
        while (st != null && (regs != 0 || stack != 0)) {
            History boundary = marks.get(st);
            while (node != boundary) {
                if (node == null) {
                    return;
                }
                long r = step(node, frame, regs, stack);
                if (r == Long.MIN_VALUE) {
                    everythingPrecise(cur.parent);
                    return;
                }
                regs = (int) (r & 0x7ff);
                stack = r >>> 11;
                if (regs == 0 && stack == 0) {
                    return;
                }
                node = node.prev();
            }
            if (st.frames.size() != frame + 1) {
                everythingPrecise(st);
                return;
            }
            FuncState f = st.frames.get(frame);
            boolean changed = false;
            int newRegs = 0;
            long newSlots = 0;
            for (int i = 0; i < 10; i++) {
                if ((regs & (1 << i)) != 0) {
                    RegState reg = f.regs[i];
                    if (!reg.isScalar()) {
                        regs &= ~(1 << i);
                    } else if (!reg.precise()) {
                        f.regs[i] = reg.withPrecise(true);
                        changed = true;
                        newRegs |= 1 << i;
                    }
                }
            }
            for (int i = 0; i < 53; i++) {
                if ((stack & (1L << i)) != 0) {
                    StackSlot s = f.slot(i);
                    if (!s.isSpill() || !s.spilled().isScalar()) {
                        stack &= ~(1L << i);
                    } else if (!s.spilled().precise()) {
                        f.setSlot(i, new StackSlot(s.types(), s.spilled().withPrecise(true)));
                        changed = true;
                        newSlots |= 1L << i;
                    }
                }
            }
            if (changed && onMark != null) {
                onMark.marked(st, frame, newRegs, newSlots);
            }
            st = st.parent;
        }
    }

    /**
     * Every scalar of every checkpoint from {@code st} up becomes precise (the safe fallback); the
     * listener hears what was newly marked, per checkpoint and frame.
     */
    void everythingPrecise(VerifierState st) {
        for (; st != null; st = st.parent) {
            for (int fr = 0; fr < st.frames.size(); fr++) {
                FuncState f = st.frames.get(fr);
                int newRegs = 0;
                long newSlots = 0;
                for (int i = 0; i < FuncState.MAX_REGS; i++) {
                    if (f.regs[i].isScalar()) {
                        if (!f.regs[i].precise()) {
                            newRegs |= 1 << i;
                        }
                        f.regs[i] = f.regs[i].withPrecise(true);
                    }
                }
                for (int i = 0; i < f.stack.size(); i++) {
                    StackSlot s = f.stack.get(i);
                    if (s.isSpill() && s.spilled().isScalar()) {
                        if (!s.spilled().precise() && i < 64) {
                            newSlots |= 1L << i;
                        }
                        f.stack.set(i, new StackSlot(s.types(), s.spilled().withPrecise(true)));
                    }
                }
                if ((newRegs != 0 || newSlots != 0) && onMark != null) {
                    onMark.marked(st, fr, newRegs, newSlots);
                }
            }
        }
    }

    /** backtrack_insn: the needed sets before the instruction; Long.MIN_VALUE when unsupported. */
    private long step(History node, int frame, int regs, long stack) {
        Instruction in = prog.at(node.pc());
        if (in == null) {
            return Long.MIN_VALUE;
        }
        int d = in.dst();
        int s = in.src();
        boolean hasD = d < 11 && (regs & (1 << d)) != 0;
        InsnClass cls = in.insnClass();
        switch (cls) {
            case ALU:
            case ALU64: {
                if (!hasD) {
                    break;
                }
                AluOp op = in.aluOp();
                if (op == AluOp.MOV) {
                    regs &= ~(1 << d);
                    if (in.source() == Source.X) {
                        regs |= 1 << s;
                    }
                } else if (op != AluOp.NEG && op != AluOp.END && in.source() == Source.X) {
                    regs |= 1 << s;
                }
                break;
            }
            case LDX:
                if (!hasD) {
                    break;
                }
                regs &= ~(1 << d);
                if (node.stackSpi() >= 0) {
                    if (node.stackFrame() != frame || node.stackSpi() >= 53) {
                        return Long.MIN_VALUE;
                    }
                    stack |= 1L << node.stackSpi();
                }
                break;
            case ST:
            case STX:
                if (in.mode() == Mode.ATOMIC) {
                    return Long.MIN_VALUE;
                }
                if (node.stackSpi() >= 0) {
                    if (node.stackFrame() != frame || node.stackSpi() >= 53) {
                        return Long.MIN_VALUE;
                    }
                    if ((stack & (1L << node.stackSpi())) != 0) {
                        stack &= ~(1L << node.stackSpi());
                        if (cls == InsnClass.STX) {
                            regs |= 1 << s;
                        }
                    }
                }
                break;
            case LD:
                if (!in.isWide()) {
                    return Long.MIN_VALUE;
                }
                regs &= ~(hasD ? 1 << d : 0);
                break;
            default: {
                JumpOp op = in.jumpOp();
                if (op == JumpOp.CALL || op == JumpOp.EXIT) {
                    return Long.MIN_VALUE;
                }
                if (op != null && op.isConditional() && in.source() == Source.X
                        && (hasD || (regs & (1 << s)) != 0)) {
                    regs |= (1 << d) | (1 << s);
                }
            }
        }
        regs &= 0x3ff;
        return ((long) regs & 0x7ff) | (stack << 11);
    }
}
