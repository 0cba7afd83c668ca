/*
 * Precision backtracking (a reduced __mark_chain_precision / backtrack_insn): when a scalar's
 * exact value matters (a branch decided by it, pointer arithmetic with it, a pruning hit on a
 * precise register), walk the current path backwards from the instruction before the current
 * one, turning "register r needs precision" into the registers and stack slots it was computed
 * from, and mark them precise in each checkpoint the walk passes. Anything the walk does not
 * model (bpf-to-bpf calls, exits, atomics, legacy packet loads, other frames) falls back to marking every
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
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Marks the checkpoints' registers and slots that a needed-precise value came from. */
final class Precision {
    private static final long UNSUPPORTED = Long.MIN_VALUE;

    private final Program prog;
    /** For each checkpoint, the path as it was when the checkpoint was stored. */
    private final Map<VerifierState, History> marks;
    private final VerifierLog log;

    /** Hears which registers and slots a walk newly marked precise in a checkpoint (for the event stream). */
    interface Marked {
        void marked(VerifierState checkpoint, int frame, int regs, long slots);
    }

    private final Marked onMark;

    Precision(Program prog, Map<VerifierState, History> marks, VerifierLog log, Marked onMark) {
        this.prog = prog;
        this.marks = marks;
        this.log = log;
        this.onMark = onMark;
    }

    /** Requests precision for each register of {@code regMask} in turn (one mark_chain_precision call each). */
    void markEach(VerifierState cur, History head, int regMask) {
        for (int r = 0; r < 11; r++) {
            if ((regMask & (1 << r)) != 0) {
                mark(cur, head, 1 << r, 0);
            }
        }
    }

    /** The first instruction of the segment a state covers: where its parent checkpoint was stored. */
    private static int firstIdx(VerifierState st) {
        return st.parent == null ? 0 : st.parent.insnIdx;
    }

    /**
     * __mark_chain_precision for {@code regMask}/{@code stackMask} of the current frame of
     * {@code cur}; {@code head} is the path node of the current instruction (not backtracked).
     */
    void mark(VerifierState cur, History head, int regMask, long stackMask) {
        if (regMask == 0 && stackMask == 0) {
            return;
        }
        int frame = cur.curframe();
        int regs = regMask;
        long stack = stackMask;
        int lastIdx = head == null ? -1 : head.pc();
        int firstIdx = firstIdx(cur);
        int subseqIdx = -1;
        boolean skipFirst = true;
        VerifierState st = cur;
        History node = head;
        while (true) {
            if (log.level2()) {
                log.print("mark_precise: frame" + frame + ": last_idx " + lastIdx + " first_idx " + firstIdx
                        + " subseq_idx " + subseqIdx + " \n");
            }
            History boundary = st.parent == null ? null : marks.get(st.parent);
            while (node != boundary && node != null) {
                if (skipFirst) {
                    skipFirst = false;
                } else {
                    if (log.level2()) {
                        log.print("mark_precise: frame" + frame + ": regs=" + regText(regs) + " stack="
                                + StackLiveness.stackMask(stack) + " before " + node.pc() + ": "
                                + log.insn(prog.at(node.pc())) + "\n");
                    }
                    long r = step(node, frame, regs, stack);
                    if (r == UNSUPPORTED) {
                        allPrecise(cur);
                        return;
                    }
                    regs = (int) (r & 0x7ff);
                    stack = r >>> 11;
                }
                if (regs == 0 && stack == 0) {
                    return;
                }
                subseqIdx = node.pc();
                node = node.prev();
            }
            st = st.parent;
            if (st == null) {
                break;
            }
            if (st.frames.size() != frame + 1) {
                allPrecise(cur);
                return;
            }
            for (int fr = frame; fr >= 0; fr--) {
                FuncState f = st.frames.get(fr);
                if (fr == frame) {
                    for (int i = 0; i < 10; i++) {
                        if ((regs & (1 << i)) != 0) {
                            RegState reg = f.regs[i];
                            if (!reg.isScalar() || reg.precise()) {
                                regs &= ~(1 << i);
                            } else {
                                f.regs[i] = reg.withPrecise(true);
                            }
                        }
                    }
                    for (int i = 0; i < 64; i++) {
                        if ((stack & (1L << i)) != 0) {
                            StackSlot s = f.slot(i);
                            if (!s.isSpill() || !s.spilled().isScalar() || s.spilled().precise()) {
                                stack &= ~(1L << i);
                            } else {
                                f.setSlot(i, new StackSlot(s.types(), s.spilled().withPrecise(true)));
                            }
                        }
                    }
                    if (onMark != null && (regs != 0 || stack != 0)) {
                        onMark.marked(st, frame, regs, stack);
                    }
                }
                if (log.level2()) {
                    log.print("mark_precise: frame" + fr + ": parent state regs=" + (fr == frame ? regText(regs) : "")
                            + " stack=" + (fr == frame ? StackLiveness.stackMask(stack) : "") + ": ");
                    // the parent's own references, not the current state's
                    String suffix = log.stateSuffix();
                    log.setStateSuffix(st.refsSuffix());
                    log.printState(f, true);
                    log.setStateSuffix(suffix);
                }
            }
            if (regs == 0 && stack == 0) {
                return;
            }
            subseqIdx = firstIdx;
            History b = marks.get(st);
            lastIdx = b == null ? -1 : b.pc();
            firstIdx = firstIdx(st);
        }
        if (regs != 0 || stack != 0) {
            allPrecise(cur);
        }
    }

    /** fmt_reg_mask: "r1,r3". */
    private static String regText(int regs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            if ((regs & (1 << i)) != 0) {
                sb.append(sb.length() == 0 ? "" : ",").append('r').append(i);
            }
        }
        return sb.toString();
    }

    /** propagate_precision: what was precise in the matched checkpoint must be precise on this path too. */
    void propagate(VerifierState old, VerifierState cur, History head) {
        int regs = 0;
        long stack = 0;
        boolean otherFrames = false;
        for (int fr = old.frames.size() - 1; fr >= 0; fr--) {
            FuncState f = old.frames.get(fr);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                if (f.regs[i].isScalar() && f.regs[i].precise()) {
                    sb.append(sb.length() == 0 ? "frame " + fr + ": propagating r" : ",r").append(i);
                    if (fr == old.frames.size() - 1) {
                        regs |= 1 << i;
                    } else {
                        otherFrames = true;
                    }
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                if (s.isSpill() && s.spilled().isScalar() && s.spilled().precise()) {
                    sb.append(sb.length() == 0 ? "frame " + fr + ": propagating fp" : ",fp").append(-(i + 1) * 8);
                    if (fr == old.frames.size() - 1) {
                        stack |= 1L << i;
                    } else {
                        otherFrames = true;
                    }
                }
            }
            if (sb.length() > 0 && log.level2()) {
                log.print(sb.append('\n').toString());
            }
        }
        if (otherFrames || old.frames.size() != cur.frames.size()) {
            allPrecise(cur);
            return;
        }
        mark(cur, head, regs, stack);
    }

    /** mark_all_scalars_precise: every scalar of every checkpoint above {@code cur} becomes precise. */
    void allPrecise(VerifierState cur) {
        if (log.level2()) {
            log.print("mark_precise: frame" + cur.curframe() + ": falling back to forcing all scalars precise\n");
        }
        for (VerifierState st = cur.parent; st != null; st = st.parent) {
            for (FuncState f : st.frames) {
                int newRegs = 0;
                long newSlots = 0;
                for (int i = 0; i < 10; i++) {
                    if (f.regs[i].isScalar() && !f.regs[i].precise()) {
                        f.regs[i] = f.regs[i].withPrecise(true);
                        newRegs |= 1 << i;
                        if (log.level2()) {
                            log.print("force_precise: frame" + f.frameno + ": forcing r" + i + " to be precise\n");
                        }
                    }
                }
                for (int i = 0; i < f.stack.size(); i++) {
                    StackSlot s = f.stack.get(i);
                    if (s.isSpill() && s.spilled().isScalar() && !s.spilled().precise()) {
                        f.stack.set(i, new StackSlot(s.types(), s.spilled().withPrecise(true)));
                        if (i < 64) {
                            newSlots |= 1L << i;
                        }
                        if (log.level2()) {
                            log.print("force_precise: frame" + f.frameno + ": forcing fp" + (-(i + 1) * 8)
                                    + " to be precise\n");
                        }
                    }
                }
                // the event stream hears what the fallback newly marked, per checkpoint and frame
                if ((newRegs != 0 || newSlots != 0) && onMark != null) {
                    onMark.marked(st, f.frameno, newRegs, newSlots);
                }
            }
        }
    }

    /** backtrack_insn: the needed sets before the instruction; Long.MIN_VALUE when unsupported. */
    private long step(History node, int frame, int regs, long stack) {
        Instruction in = prog.at(node.pc());
        if (in == null) {
            return UNSUPPORTED;
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
                        return UNSUPPORTED;
                    }
                    stack |= 1L << node.stackSpi();
                }
                break;
            case ST:
            case STX:
                if (hasD) {
                    return UNSUPPORTED;
                }
                if (in.mode() == Mode.ATOMIC) {
                    return UNSUPPORTED;
                }
                if (node.stackSpi() >= 0) {
                    if (node.stackFrame() != frame || node.stackSpi() >= 53) {
                        return UNSUPPORTED;
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
                if (!hasD) {
                    break;
                }
                regs &= ~(1 << d);
                if (!in.isWide()) {
                    return UNSUPPORTED;
                }
                break;
            default: {
                JumpOp op = in.jumpOp();
                if (op == JumpOp.CALL && in.src() == 0) {
                    // a helper call sets r0; r1-r5 needed past it would be a verifier bug
                    regs &= ~1;
                    if ((regs & 0x3e) != 0) {
                        return Long.MIN_VALUE;
                    }
                    break;
                }
                if (op == JumpOp.CALL || op == JumpOp.EXIT) {
                    return UNSUPPORTED;
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
