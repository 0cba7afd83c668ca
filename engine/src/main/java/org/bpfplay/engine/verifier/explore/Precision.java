/*
 * Precision backtracking (__mark_chain_precision): when a scalar's exact value matters (a branch
 * decided by it, pointer arithmetic or a helper size with it, a pruning hit on a precise
 * register), walk the current path backwards from the instruction before the current one with
 * Backtrack's per-instruction rules, across call frames, and mark what the value came from
 * precise in each checkpoint the walk passes. What the rules cannot see through falls back to
 * marking every scalar of every checkpoint on the chain precise, which is always safe.
 */
package org.bpfplay.engine.verifier.explore;

import java.util.Map;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Marks the checkpoints' registers and slots that a needed-precise value came from. */
final class Precision {

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
        Backtrack bt = new Backtrack(cur.curframe());
        bt.regs[bt.frame] = regMask;
        bt.slots[bt.frame] = stackMask;
        walk(cur, head, bt);
    }

    /** The walk itself, for the needs already in {@code bt} (mark_chain_precision_batch). */
    private void walk(VerifierState cur, History head, Backtrack bt) {
        if (bt.empty()) {
            return;
        }
        int lastIdx = head == null ? -1 : head.pc();
        int firstIdx = firstIdx(cur);
        int subseqIdx = -1;
        boolean skipFirst = true;
        VerifierState st = cur;
        History node = head;
        while (true) {
            if (log.level2()) {
                log.print("mark_precise: frame" + bt.frame + ": last_idx " + lastIdx + " first_idx " + firstIdx
                        + " subseq_idx " + subseqIdx + " \n");
            }
            History boundary = st.parent == null ? null : marks.get(st.parent);
            while (node != boundary && node != null) {
                if (skipFirst) {
                    skipFirst = false;
                } else {
                    if (log.level2()) {
                        log.print("mark_precise: frame" + bt.frame + ": regs=" + regText(bt.regs[bt.frame])
                                + " stack=" + StackLiveness.stackMask(bt.slots[bt.frame]) + " before " + node.pc()
                                + ": " + log.insn(prog.at(node.pc())) + "\n");
                    }
                    if (bt.step(prog, node, subseqIdx) != Backtrack.Result.OK) {
                        // (a BUG result would end the kernel's verification; not reached by valid walks)
                        allPrecise(cur);
                        return;
                    }
                }
                if (bt.empty()) {
                    return;
                }
                subseqIdx = node.pc();
                node = node.prev();
            }
            st = st.parent;
            if (st == null) {
                break;
            }
            if (st.frames.size() != bt.frame + 1) {
                allPrecise(cur);
                return;
            }
            for (int fr = bt.frame; fr >= 0; fr--) {
                markParent(st, st.frames.get(fr), bt);
            }
            if (bt.empty()) {
                return;
            }
            subseqIdx = firstIdx;
            History b = marks.get(st);
            lastIdx = b == null ? -1 : b.pc();
            firstIdx = firstIdx(st);
        }
        if (!bt.empty()) {
            allPrecise(cur);
        }
    }

    /** Marks what {@code bt} needs of frame {@code f} precise in checkpoint {@code st}; drops what needs no mark. */
    private void markParent(VerifierState st, FuncState f, Backtrack bt) {
        int fr = f.frameno;
        for (int i = 0; i < 10; i++) {
            if (bt.isRegSet(fr, i)) {
                RegState reg = f.regs[i];
                if (!reg.isScalar() || reg.precise()) {
                    bt.clearReg(fr, i);
                } else {
                    f.regs[i] = reg.withPrecise(true);
                }
            }
        }
        for (int i = 0; i < 64; i++) {
            if (bt.isSlotSet(fr, i)) {
                StackSlot s = f.slot(i);
                if (!s.isSpill() || !s.spilled().isScalar() || s.spilled().precise()) {
                    bt.clearSlot(fr, i);
                } else {
                    f.setSlot(i, new StackSlot(s.types(), s.spilled().withPrecise(true)));
                }
            }
        }
        if (onMark != null && (bt.regs[fr] != 0 || bt.slots[fr] != 0)) {
            onMark.marked(st, fr, bt.regs[fr], bt.slots[fr]);
        }
        if (log.level2()) {
            log.print("mark_precise: frame" + fr + ": parent state regs=" + regText(bt.regs[fr])
                    + " stack=" + StackLiveness.stackMask(bt.slots[fr]) + ": ");
            // the parent's own references, not the current state's
            String suffix = log.stateSuffix();
            log.setStateSuffix(st.refsSuffix());
            log.printState(f, true);
            log.setStateSuffix(suffix);
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
        Backtrack bt = new Backtrack(cur.curframe());
        for (int fr = old.frames.size() - 1; fr >= 0; fr--) {
            FuncState f = old.frames.get(fr);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                if (f.regs[i].isScalar() && f.regs[i].precise()) {
                    sb.append(sb.length() == 0 ? "frame " + fr + ": propagating r" : ",r").append(i);
                    bt.setReg(fr, i);
                }
            }
            for (int i = 0; i < f.stack.size() && i < 64; i++) {
                StackSlot s = f.stack.get(i);
                if (s.isSpill() && s.spilled().isScalar() && s.spilled().precise()) {
                    sb.append(sb.length() == 0 ? "frame " + fr + ": propagating fp" : ",fp").append(-(i + 1) * 8);
                    bt.setSlot(fr, i);
                }
            }
            if (sb.length() > 0 && log.level2()) {
                log.print(sb.append('\n').toString());
            }
        }
        if (old.frames.size() != cur.frames.size()) {
            allPrecise(cur);
            return;
        }
        walk(cur, head, bt);
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

    /** The jump-history flags of a comparison: which compared registers were stack pointers. */
    static History comparedStack(History head, VerifierState cur, Instruction in) {
        FuncState f = cur.cur();
        int flags = 0;
        if (in.source() == Source.X && f.regs[in.src()].type() == RegType.PTR_TO_STACK) {
            flags |= History.SRC_REG_STACK;
        }
        if (f.regs[in.dst()].type() == RegType.PTR_TO_STACK) {
            flags |= History.DST_REG_STACK;
        }
        return flags == 0 ? head : head.withFlags(flags);
    }
}
