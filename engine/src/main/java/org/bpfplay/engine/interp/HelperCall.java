package org.bpfplay.engine.interp;

import java.nio.charset.StandardCharsets;

/**
 * What a {@link Helper} sees during one call: the argument registers, checked memory, and ways
 * to fail or stop the program. One instance per {@link Machine}, reused for every call.
 */
public final class HelperCall {
    private final Memory memory;
    private final long[] regs;
    private int pc;
    private int helperId;
    private String helperName;
    Fault fault;
    boolean stopped;
    long stopValue;

    HelperCall(Memory memory, long[] regs) {
        this.memory = memory;
        this.regs = regs;
    }

    void begin(int pc, int helperId, String helperName) {
        this.pc = pc;
        this.helperId = helperId;
        this.helperName = helperName;
        this.fault = null;
        this.stopped = false;
    }

    /** Argument 1..5 (r1..r5). */
    public long arg(int n) {
        if (n < 1 || n > 5) {
            throw new IllegalArgumentException("helper arguments are r1..r5, not r" + n);
        }
        return regs[n];
    }

    public Memory memory() {
        return memory;
    }

    /** The pc of the call instruction. */
    public int pc() {
        return pc;
    }

    public int helperId() {
        return helperId;
    }

    /** Reads {@code len} bytes, or returns null after recording the fault. */
    public byte[] readBytes(long address, int len) {
        if (len < 0) {
            fail("negative length " + len);
            return null;
        }
        byte[] out = new byte[len];
        if (!memory.read(address, out, 0, len, pc)) {
            memoryFault();
            return null;
        }
        return out;
    }

    /** Writes bytes; false after recording the fault. */
    public boolean writeBytes(long address, byte[] bytes) {
        if (!memory.write(address, bytes, 0, bytes.length, pc)) {
            memoryFault();
            return false;
        }
        return true;
    }

    /** Reads a NUL-terminated string of at most {@code max} bytes; null (with a fault) if unreadable or unterminated. */
    public String readCString(long address, int max) {
        byte[] one = new byte[1];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max; i++) {
            if (!memory.read(address + i, one, 0, 1, pc)) {
                memoryFault();
                return null;
            }
            if (one[0] == 0) {
                return new String(bytesOf(sb), StandardCharsets.ISO_8859_1);
            }
            sb.append((char) (one[0] & 0xff));
        }
        fail("string at 0x" + Long.toHexString(address) + " is not NUL-terminated within " + max + " bytes");
        return null;
    }

    private static byte[] bytesOf(StringBuilder sb) {
        byte[] b = new byte[sb.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) sb.charAt(i);
        }
        return b;
    }

    /** Ends the run with a helper error. */
    public void fail(String message) {
        if (fault == null) {
            fault = Fault.of(FaultKind.HELPER_ERROR, pc, helperName + "#" + helperId + ": " + message);
        }
    }

    /** Ends the program as if it had exited with {@code r0} (uBPF's "unwind"). */
    public void stop(long r0) {
        stopped = true;
        stopValue = r0;
    }

    /** Keeps the memory fault's kind and address, naming the helper. */
    private void memoryFault() {
        Fault f = memory.fault;
        memory.clearFault();
        if (fault == null && f != null) {
            fault = new Fault(f.kind(), pc, f.address(), f.region(), f.size(),
                    "in " + helperName + "#" + helperId + ": " + f.detail());
        }
    }

    /** True once a fault has been recorded; helpers may check it to stop early. */
    public boolean failed() {
        return fault != null;
    }
}
