/*
 * Linked scalars at a branch (collect_linked_regs): when a two-way conditional jump compares a
 * scalar that shares its id with other live registers or spilled slots (copies, or copies plus
 * a constant), the branch narrows all of them at once (sync_linked_regs), and the jump's
 * history entry remembers who they were, so that precision backtracking through the jump
 * spreads a need for any of them to all of them.
 */
package org.bpfplay.engine.verifier.check;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** The registers and spilled slots linked at one branch, in the kernel's collection order. */
public record LinkedRegs(List<Entry> entries) {
    /** The kernel keeps at most this many per branch; the ids of the others are forgotten. */
    public static final int MAX = 6;

    /** A register (isReg) or a stack slot (index = spi) of a frame. */
    public record Entry(int frame, boolean isReg, int index) {
    }

    /** The entry's register or spilled register in {@code st}. */
    RegState in(VerifierState st, Entry e) {
        FuncState f = st.frames.get(e.frame());
        return e.isReg() ? f.regs[e.index()] : f.slot(e.index()).spilled();
    }

    /**
     * Collects the scalars of {@code st} whose id is {@code id} into {@code into}, innermost
     * frame first, registers before slots; only registers live at the frame's current
     * instruction (its call site, for a caller) count. Those beyond {@link #MAX} lose their id.
     */
    private static void collect(CheckContext cx, VerifierState st, int id, List<Entry> into) {
        for (int fr = st.curframe(); fr >= 0; fr--) {
            FuncState f = st.frames.get(fr);
            int at = fr == st.curframe() ? cx.insnIdx : st.frames.get(fr + 1).callsite;
            int live = cx.liveRegs == null || at < 0 || at >= cx.liveRegs.length ? -1 : cx.liveRegs[at];
            for (int r = 0; r < 10; r++) {
                RegState reg = f.regs[r];
                if ((live & (1 << r)) != 0 && reg.isScalar() && reg.id() == id) {
                    if (into.size() < MAX) {
                        into.add(new Entry(fr, true, r));
                    } else {
                        f.regs[r] = reg.withLink(0, false, 0);
                    }
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                if (s.isSpill() && s.spilled().isScalar() && s.spilled().id() == id) {
                    if (into.size() < MAX) {
                        into.add(new Entry(fr, false, i));
                    } else {
                        f.stack.set(i, new StackSlot(s.types(), s.spilled().withLink(0, false, 0)));
                    }
                }
            }
        }
    }

    /**
     * The linked set of a two-way branch of the current state comparing register {@code src}
     * (-1: an immediate) with {@code dst}: null when fewer than two scalars are linked.
     */
    static LinkedRegs atBranch(CheckContext cx, int dst, int src) {
        List<Entry> l = new ArrayList<>();
        FuncState f = cx.cur.cur();
        if (src >= 0 && f.regs[src].isScalar() && f.regs[src].id() != 0) {
            collect(cx, cx.cur, f.regs[src].id(), l);
        }
        if (f.regs[dst].isScalar() && f.regs[dst].id() != 0) {
            collect(cx, cx.cur, f.regs[dst].id(), l);
        }
        return l.size() > 1 ? new LinkedRegs(List.copyOf(l)) : null;
    }
}
