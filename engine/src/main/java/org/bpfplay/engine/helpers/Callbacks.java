package org.bpfplay.engine.helpers;

/**
 * The entry into the interpreter that bpf_loop and bpf_for_each_map_elem need: run a callback
 * subprogram to its exit and give back r0. The runtime facade implements it on top of the Machine.
 *
 * Contract for the implementation:
 * <ul>
 * <li>{@code function} is the value the program passed for an ARG_PTR_TO_FUNC argument, i.e. what
 * the Machine's PseudoLoadResolver produced for {@code ld_imm64 rX, BPF_PSEUDO_FUNC} (src_reg 4);
 * the implementation maps it back to the callback's first instruction.</li>
 * <li>The callback runs like a bpf-to-bpf call from the helper's call site: a new frame (depth + 1,
 * its own stack, fresh r10), r1..r5 set to the arguments, the caller's r6..r9 and r10 saved and
 * restored afterwards. Its instructions count against the run's budget.</li>
 * <li>When the callback's frame exits, return {@code new Outcome(true, r0)}. If the run ends inside
 * it (fault, budget, frame overflow), leave that fault as the run's result and return
 * {@code Outcome(false, 0)}; the helper then returns at once without touching anything.</li>
 * </ul>
 */
@FunctionalInterface
public interface Callbacks {
    /** How one callback run ended. */
    record Outcome(boolean completed, long r0) {
    }

    Outcome invoke(long function, long r1, long r2, long r3, long r4, long r5);
}
