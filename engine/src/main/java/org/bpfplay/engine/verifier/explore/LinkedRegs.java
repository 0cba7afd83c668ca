/*
 * Linked scalars at a branch (collect_linked_regs): when a two-way conditional jump compares a
 * scalar that shares its id with other registers or spilled slots (copies, or copies plus a
 * constant), the branch narrows all of them at once. The jump's history entry remembers who they
 * were, so that backtracking through the jump spreads a precision need on any of them to all.
 */
package org.bpfplay.engine.verifier.explore;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** The registers and spilled slots linked at one branch, in the kernel's collection order. */
record LinkedRegs(List<Entry> entries) {
    /** The kernel keeps at most this many per branch; the ids of the others are forgotten. */
    static final int MAX = 6;

    /** A register (isReg) or a stack slot (spi) of a frame. */
    record Entry(int frame, boolean isReg, int index) {
    }

    /**
     * Collects the scalars of {@code st} whose id is {@code id} (ignoring the add-const mark)
     * into {@code into}, innermost frame first, registers before slots. Those beyond {@link #MAX}
     * lose their id, as in the kernel.
     */
    static void collect(VerifierState st, int id, List<Entry> into) {
        for (int fr = st.curframe(); fr >= 0; fr--) {
            FuncState f = st.frames.get(fr);
            for (int r = 0; r < 10; r++) {
                RegState reg = f.regs[r];
                if (reg.isScalar() && reg.id() == id) {
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
     * The linked set of a two-way branch comparing {@code src} (or none: -1) with {@code dst}
     * in the current frame of {@code st}; null when fewer than two scalars are linked.
     */
    static LinkedRegs atBranch(VerifierState st, int dst, int src) {
        List<Entry> l = new ArrayList<>();
        FuncState f = st.cur();
        if (src >= 0 && f.regs[src].isScalar() && f.regs[src].id() != 0) {
            collect(st, f.regs[src].id(), l);
        }
        if (f.regs[dst].isScalar() && f.regs[dst].id() != 0) {
            collect(st, f.regs[dst].id(), l);
        }
        return l.size() > 1 ? new LinkedRegs(List.copyOf(l)) : null;
    }

    /** bt_sync_linked_regs: if any member needs precision, all of them do. */
    void sync(Backtrack bt) {
        boolean any = false;
        for (Entry e : entries) {
            any |= e.isReg ? bt.isRegSet(e.frame, e.index) : bt.isSlotSet(e.frame, e.index);
        }
        if (!any) {
            return;
        }
        for (Entry e : entries) {
            if (e.isReg) {
                bt.setReg(e.frame, e.index);
            } else {
                bt.setSlot(e.frame, e.index);
            }
        }
    }
}
