package org.bpfplay.engine.helpers;

import org.bpfplay.engine.interp.HelperCall;

/**
 * probe_read (4), probe_read_str (45), probe_read_user (112), probe_read_kernel (113),
 * probe_read_user_str (114), probe_read_kernel_str (115), as in kernel/trace/bpf_trace.c:
 * a failed copy returns -EFAULT and zeroes the whole destination; a string copy that succeeds writes
 * only the string and its NUL and returns that length (cut to size, last byte NUL).
 * The destination is the program's own memory: writing outside it is a fault of the run (the
 * verifier would have rejected the program).
 */
final class ProbeReads {
    /** Which address space a helper reads. */
    enum Space { USER, KERNEL, COMPAT }

    /** Larger sizes cannot pass the verifier (the destination is at most a 512-byte stack or a map value). */
    static final long MAX_SIZE = 1 << 24;

    private final ProbeSpace space;

    ProbeReads(ProbeSpace space) {
        this.space = space;
    }

    private boolean user(HelperCall c, Space s, long src) {
        return s == Space.USER || s == Space.COMPAT && ProbeSpace.compatIsUser(c.memory(), src);
    }

    long read(HelperCall c, Space s) {
        long dst = c.arg(1);
        long size = c.arg(2) & 0xffff_ffffL;
        long src = c.arg(3);
        if (size > MAX_SIZE) {
            c.fail("size " + size + " is larger than any destination");
            return 0;
        }
        byte[] buf = new byte[(int) size];
        boolean ok = space.read(c.memory(), c.pc(), src, buf, user(c, s, src));
        if (!ok) {
            java.util.Arrays.fill(buf, (byte) 0);
        }
        if (!c.writeBytes(dst, buf)) {
            return 0;
        }
        return ok ? 0 : -Bprintf.EFAULT;
    }

    long readStr(HelperCall c, Space s) {
        long dst = c.arg(1);
        long size = c.arg(2) & 0xffff_ffffL;
        long src = c.arg(3);
        if (size > MAX_SIZE) {
            c.fail("size " + size + " is larger than any destination");
            return 0;
        }
        byte[] buf = new byte[(int) size];
        int n = space.readString(c.memory(), c.pc(), src, buf, (int) size, user(c, s, src));
        if (n < 0) {
            c.writeBytes(dst, new byte[(int) size]);
            return n;
        }
        c.writeBytes(dst, java.util.Arrays.copyOf(buf, n));
        return n;
    }
}
