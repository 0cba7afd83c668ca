package org.bpfplay.engine.verifier.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.StackSlot;

/**
 * What the verifier did, step by step, for the UI: plain records of plain data (Jackson-serialisable
 * through their accessors). States are the engine's own immutable {@link RegState}/{@link StackSlot}
 * values, so the type, bounds, tnum, ids and precision of every register travel as data. Stack slot
 * {@code i} of a list covers fp-(i+1)*8 .. fp-i*8-1.
 */
public sealed interface VerifierEvent {

    /** An instruction was checked; the state is the one after it (of the path that continues). */
    record InsnChecked(int pc, int frame, List<RegState> regs, List<StackSlot> stack) implements VerifierEvent {
    }

    /** How a conditional jump was explored. */
    enum Decision {
        /** The condition is always true: only the jump target is explored. */
        TAKEN,
        /** The condition is always false: only the next instruction is explored. */
        FALLTHROUGH,
        /** Unknown: the fall-through continues now, the target is pushed for later. */
        BOTH
    }

    /**
     * A conditional jump at {@code pc} was decided; {@code takenPc} and {@code fallthroughPc} are its
     * two successors. With {@link Decision#BOTH} a {@link BranchPushed} to {@code takenPc} follows.
     */
    record BranchDecided(int pc, Decision decision, int takenPc, int fallthroughPc) implements VerifierEvent {
    }

    /** A branch was queued for later exploration; {@code queued} is the queue length after the push. */
    record BranchPushed(int fromPc, int toPc, int queued) implements VerifierEvent {
    }

    /**
     * A queued branch is now explored from {@code toPc}, starting from the state it was queued with
     * (the registers and stack of its current frame).
     */
    record BranchPopped(int fromPc, int toPc, int frame, List<RegState> regs, List<StackSlot> stack)
            implements VerifierEvent {
    }

    /**
     * The current path reached a state within the stored checkpoint {@code checkpointId} at
     * {@code pc}; the path ends here (the kernel's "safe").
     */
    record Pruned(int pc, int checkpointId) implements VerifierEvent {
    }

    /** A checkpoint was stored at a prune point; ids count from 1 in the order they were stored. */
    record Checkpoint(int pc, int id) implements VerifierEvent {
    }

    /**
     * Precision backtracking marked registers ({@code regMask}, bit r for register r) and spilled
     * stack slots ({@code slotMask}, bit i for slot fp-(i+1)*8) of frame {@code frame} precise in
     * checkpoint {@code checkpointId} (stored at {@code checkpointPc}), because the instruction at
     * {@code pc} needed an exact value (a decided branch, pointer arithmetic, a pruning hit). When the
     * backward walk meets what it does not model (calls, exits, atomics) it marks every scalar of the
     * checkpoints precise; that is reported the same way, one event per checkpoint and frame.
     */
    record PrecisionMarked(int pc, int checkpointId, int checkpointPc, int frame, int regMask, long slotMask)
            implements VerifierEvent {
    }

    /**
     * The program was rejected at {@code pc}; {@code path} is the pcs the failing path ran through.
     * {@code register} is the register the message blames ({@code R2 invalid mem access}) and
     * {@code stackOff} the stack offset it names ({@code invalid read from stack off -8}), or null.
     */
    record Rejected(int pc, String message, List<Integer> path, Integer register, Integer stackOff)
            implements VerifierEvent {

        private static final Pattern REG = Pattern.compile("\\bR(\\d{1,2})\\b");
        private static final Pattern OFF = Pattern.compile("\\boff[= ](-?\\d+)");

        /** A rejection whose register and stack offset are read from the kernel's message. */
        public static Rejected of(int pc, String message, List<Integer> path) {
            Matcher r = REG.matcher(message);
            Integer reg = r.find() && Integer.parseInt(r.group(1)) <= 10 ? Integer.valueOf(r.group(1)) : null;
            Matcher o = OFF.matcher(message);
            Integer off = message.contains("stack") && o.find() ? Integer.valueOf(o.group(1)) : null;
            return new Rejected(pc, message, List.copyOf(path), reg, off);
        }
    }
}
