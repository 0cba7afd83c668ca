package org.bpfplay.engine.verifier.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One function frame: eleven registers and the stack slots allocated so far (slot {@code i}
 * covers fp-(i+1)*8 .. fp-i*8-1). Mutable while an instruction is checked; states kept for
 * pruning are deep copies.
 */
public final class FuncState {
    public static final int MAX_REGS = 11;

    public final RegState[] regs = new RegState[MAX_REGS];
    public final List<StackSlot> stack = new ArrayList<>();
    public final int frameno;
    /** The pc of the call that created this frame (-1 for the main frame). */
    public final int callsite;
    /** A frame of a bpf_loop / bpf_for_each_map_elem callback (the kernel's in_callback_fn): r0 must be 0 or 1. */
    public boolean inCallbackFn;
    /** How many callback frames this frame's callback call pushed so far (callback_depth; bpf_loop stops at nr_loops). */
    public int callbackDepth;
    /** For a callback frame, the callback's first pc (its call site is the helper call); else -1. */
    public int callbackStart = -1;

    public FuncState(int frameno, int callsite) {
        this.frameno = frameno;
        this.callsite = callsite;
        Arrays.fill(regs, RegState.NOT_INIT);
        regs[10] = RegState.framePointer(frameno);
    }

    public FuncState copy() {
        FuncState f = new FuncState(frameno, callsite);
        System.arraycopy(regs, 0, f.regs, 0, MAX_REGS);
        f.stack.addAll(stack);
        f.inCallbackFn = inCallbackFn;
        f.callbackDepth = callbackDepth;
        f.callbackStart = callbackStart;
        return f;
    }

    public StackSlot slot(int i) {
        return i < stack.size() ? stack.get(i) : StackSlot.EMPTY;
    }

    public void setSlot(int i, StackSlot s) {
        while (stack.size() <= i) {
            stack.add(StackSlot.EMPTY);
        }
        stack.set(i, s);
    }

    /** Bytes of stack in use, as a multiple of 8. */
    public int allocatedStack() {
        return stack.size() * 8;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FuncState f) || f.frameno != frameno || f.callsite != callsite
                || !Arrays.equals(regs, f.regs)) {
            return false;
        }
        int n = Math.max(stack.size(), f.stack.size());
        for (int i = 0; i < n; i++) {
            if (!slot(i).equals(f.slot(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(regs);
    }
}
