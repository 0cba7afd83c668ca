/*
 * The log buffer with the kernel's bookkeeping (log.c, verifier.c do_check): after each
 * instruction's text the states of the registers and slots it touched ("scratched") are appended
 * on the same line, aligned with vlog_alignment, unless other output came in between, in which
 * case they go on a new "N:" line. Branch pushes remember the log length; at level 1 a pop rewinds
 * the log to it, so a rejected program's log shows only the failing path.
 */
package org.bpfplay.engine.verifier.log;

import org.bpfplay.engine.verifier.state.FuncState;

/** Kernel-format verifier log text. */
public final class VerifierLog {
    private static final int ALIGNMENT = 40;
    private static final int MIN_ALIGNMENT = 8;

    /** The kernel-oracle's buffer size (16 MiB): the kernel keeps the last size-1 bytes of a longer log. */
    public static final int BUFFER_SIZE = 1 << 24;

    private final StringBuilder buf = new StringBuilder();
    /** Characters dropped from the front; positions handed out are absolute (dropped + index). */
    private long dropped;
    private final int level;
    private long prevLogPos;
    private int prevInsnPrintPos;
    private int scratchedRegs;
    private long scratchedSlots;
    /** Appended to every state line: the state's acquired references (" refs=2"), set by the explorer. */
    private String stateSuffix = "";

    /** Whether map addresses are printed (allow_ptr_leaks); without it the kernel prints ld_imm64 maps as 0x0. */
    private final boolean showPointers;

    public VerifierLog(int level) {
        this(level, true);
    }

    public VerifierLog(int level, boolean showPointers) {
        this.level = level;
        this.showPointers = showPointers;
    }

    /** An instruction as this log prints it, e.g. {@code (b7) r0 = 0} ({@link KernelDisasm}). */
    public String insn(org.bpfplay.engine.isa.Instruction in) {
        return KernelDisasm.print(in, showPointers);
    }

    public int level() {
        return level;
    }

    public boolean enabled() {
        return level > 0;
    }

    public boolean level2() {
        return level >= 2;
    }

    public void print(String s) {
        if (level > 0) {
            buf.append(s);
            trim();
        }
    }

    /** Keeps memory bounded like the kernel's rotating buffer: only the tail is ever shown. */
    private void trim() {
        if (buf.length() > 2 * BUFFER_SIZE) {
            int cut = buf.length() - BUFFER_SIZE;
            buf.delete(0, cut);
            dropped += cut;
        }
    }

    /** The absolute length of everything printed (the kernel's end_pos). */
    public long length() {
        return dropped + buf.length();
    }

    /** Rewinds to an earlier length (bpf_vlog_reset). */
    public void reset(long pos) {
        long local = pos - dropped;
        if (local < 0) {
            buf.setLength(0);
            dropped = pos;
        } else if (local < buf.length()) {
            buf.setLength((int) local);
        }
    }

    public void clear() {
        buf.setLength(0);
        dropped = 0;
        prevLogPos = 0;
    }

    /** {@code "N: (xx) text\n"}, remembering where the state trailer may go. */
    public void printInsn(int pc, String disasm) {
        if (level == 0) {
            return;
        }
        prevLogPos = length();
        buf.append(pc).append(": ").append(disasm).append('\n');
        prevInsnPrintPos = (int) (length() - prevLogPos);
        prevLogPos = length();
        trim();
    }

    /** What state lines end with until changed (the kernel prints {@code refs=} after the slots). */
    public void setStateSuffix(String suffix) {
        stateSuffix = suffix;
    }

    public String stateSuffix() {
        return stateSuffix;
    }

    // ---- scratch marks ----

    public void scratchReg(int r) {
        scratchedRegs |= 1 << r;
    }

    public void scratchSlot(int spi) {
        if (spi >= 0 && spi < 64) {
            scratchedSlots |= 1L << spi;
        }
    }

    public void scratchAll() {
        scratchedRegs = -1;
        scratchedSlots = -1L;
    }

    public boolean isScratched() {
        return scratchedRegs != 0 || scratchedSlots != 0;
    }

    /** Forgets the scratch marks (after a callee returns, nothing is pending). */
    public void cleanScratch() {
        clean();
    }

    private void clean() {
        scratchedRegs = 0;
        scratchedSlots = 0;
    }

    /** print_verifier_state: the frame's (scratched or full) state plus a newline. */
    public void printState(FuncState f, boolean all) {
        if (level == 0) {
            return;
        }
        buf.append(StatePrinter.frame(f, all, scratchedRegs, scratchedSlots)).append(stateSuffix)
                .append(f.inCallbackFn ? " cb" : "").append('\n');
        if (!all) {
            clean();
        }
    }

    /** print_insn_state: the scratched state, on the instruction's line if nothing came between. */
    public void printInsnState(FuncState f, int insnIdx) {
        if (level == 0) {
            return;
        }
        if (prevLogPos != 0 && prevLogPos == length() && buf.length() > 0) {
            buf.setLength(buf.length() - 1);
            int pos = prevInsnPrintPos;
            int width = roundUp(Math.max(pos + MIN_ALIGNMENT / 2, ALIGNMENT), MIN_ALIGNMENT) - pos - 1;
            buf.append(" ".repeat(Math.max(width, 1))).append(';');
        } else {
            buf.append(insnIdx).append(':');
        }
        printState(f, false);
    }

    private static int roundUp(int v, int m) {
        return (v + m - 1) / m * m;
    }

    /** The log as the kernel returns it: at most the last BUFFER_SIZE - 1 characters. */
    public String text() {
        int max = BUFFER_SIZE - 1;
        return buf.length() > max ? buf.substring(buf.length() - max) : buf.toString();
    }
}
