package org.bpfplay.engine.verifier.log;

import java.util.List;

import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;

/**
 * What the verifier did, step by step, for the UI. Plain records (Jackson-serialisable).
 */
public sealed interface VerifierEvent {

    /** An instruction was checked; the state is the one after it (of the path that continues). */
    record InsnChecked(int pc, int frame, List<RegState> regs, List<StackSlot> stack) implements VerifierEvent {
    }

    /** A branch was queued for later exploration. */
    record BranchPushed(int fromPc, int toPc) implements VerifierEvent {
    }

    /** A queued branch is now explored. */
    record BranchPopped(int fromPc, int toPc) implements VerifierEvent {
    }

    /** The current path reached a state equal to (or within) a stored checkpoint at {@code pc}. */
    record Pruned(int pc) implements VerifierEvent {
    }

    /** A checkpoint was stored at a prune point. */
    record Checkpoint(int pc) implements VerifierEvent {
    }

    /** The program was rejected at {@code pc}; {@code path} is the pcs the failing path ran through. */
    record Rejected(int pc, String message, List<Integer> path) implements VerifierEvent {
    }
}
