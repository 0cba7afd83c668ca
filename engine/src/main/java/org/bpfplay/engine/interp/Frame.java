package org.bpfplay.engine.interp;

/**
 * One call frame as seen from outside.
 *
 * @param index     0 for the main program
 * @param returnPc  where the caller continues after this frame's callee returns, -1 for the
 *                  current (innermost) frame
 * @param calleeSaved r6, r7, r8, r9, r10 of this frame (saved copies for callers, live values for
 *                  the current frame)
 * @param stack     a copy of the frame's 512 stack bytes (offset 0 = r10 - 512)
 * @param mayGotoLeft may_goto iterations left in this frame
 */
public record Frame(int index, int returnPc, long[] calleeSaved, byte[] stack, long mayGotoLeft) {
}
