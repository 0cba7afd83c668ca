package org.bpfplay.engine.interp;

import java.util.List;

/**
 * What one debugger command did: where the run was before and is now, its status, and what
 * changed in between (registers of the current frame and memory bytes), for the UI's diffs.
 *
 * @param positionBefore instructions executed before the command
 * @param position       instructions executed now
 * @param pcBefore       pc before
 * @param pc             pc now (the next instruction to run, or the faulting/exiting one)
 * @param depthBefore    frame depth before
 * @param depth          frame depth now
 * @param status         run status now
 * @param fault          the fault if the run is FAULTED, else null
 * @param stoppedAtBreakpoint true if a breakpoint stopped a run command
 * @param registers      registers r0..r10 whose value differs
 * @param memory         memory ranges whose bytes differ
 */
public record StepReport(long positionBefore, long position, int pcBefore, int pc, int depthBefore, int depth,
                         RunStatus status, Fault fault, boolean stoppedAtBreakpoint,
                         List<RegisterChange> registers, List<MemoryChange> memory) {

    /** A register that changed. */
    public record RegisterChange(int register, long before, long after) {
        @Override
        public String toString() {
            return "r" + register + ": 0x" + Long.toHexString(before) + " -> 0x" + Long.toHexString(after);
        }
    }

    /** A run of changed bytes inside one region. */
    public record MemoryChange(int regionId, String region, int offset, byte[] before, byte[] after) {
        @Override
        public String toString() {
            return region + "+" + offset + ": " + hex(before) + " -> " + hex(after);
        }

        private static String hex(byte[] b) {
            StringBuilder sb = new StringBuilder();
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return sb.toString();
        }
    }
}
