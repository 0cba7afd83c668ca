package org.bpfplay.engine.helpers;

import org.bpfplay.engine.interp.Memory;

/**
 * The address space probe_read* and the %s of trace_printk read from: the fake {@link KernelMemory}
 * plus the run's own {@link Memory} regions (stack, context, map values, packet), which count as
 * kernel memory as they do in the kernel. User space is only KernelMemory's user segment. Failed
 * reads of the run's memory are not faults of the run: the Machine drops the pending memory fault
 * after every helper call, and the helper reports -EFAULT instead.
 */
final class ProbeSpace {
    private final KernelMemory kernel;

    ProbeSpace(KernelMemory kernel) {
        this.kernel = kernel;
    }

    /** True if the address belongs to one of the run's memory regions. */
    static boolean isRunMemory(Memory memory, long a) {
        long id = Memory.regionIdOf(a);
        return id > 0 && id < memory.regionCount();
    }

    /** The legacy probe_read rule: user space below TASK_SIZE, except the run's own regions. */
    static boolean compatIsUser(Memory memory, long a) {
        return KernelMemory.isUserAddress(a) && !isRunMemory(memory, a);
    }

    /** Reads all of [a, a+len) from user or kernel space; false if any byte is not mapped there. */
    boolean read(Memory memory, int pc, long a, byte[] dst, boolean user) {
        if (dst.length == 0) {
            return true;
        }
        boolean isUser = KernelMemory.isUserAddress(a) && !isRunMemory(memory, a);
        if (user != isUser) {
            return false;
        }
        if (!user && isRunMemory(memory, a)) {
            return memory.read(a, dst, 0, dst.length, pc);
        }
        return kernel.read(a, dst, 0, dst.length);
    }

    /**
     * strncpy_from_{kernel,user}_nofault: copies up to count bytes of a NUL-terminated string into
     * out (which must hold count bytes). Returns the length including the NUL (count, with the last
     * byte forced to NUL, when no NUL came in time), 0 for count 0, or -EFAULT.
     */
    int readString(Memory memory, int pc, long a, byte[] out, int count, boolean user) {
        if (count == 0) {
            return 0;
        }
        byte[] one = new byte[1];
        for (int i = 0; i < count; i++) {
            if (!read(memory, pc, a + i, one, user)) {
                return -Bprintf.EFAULT;
            }
            out[i] = one[0];
            if (one[0] == 0) {
                return i + 1;
            }
        }
        out[count - 1] = 0;
        return count;
    }

    /** A {@link Bprintf.Source} over this space for one helper call. */
    Bprintf.Source source(Memory memory, int pc) {
        return new Bprintf.Source() {
            @Override
            public byte[] string(long address, int max, char kind) {
                boolean user = kind == 'u' || kind == 's' && compatIsUser(memory, address);
                byte[] buf = new byte[max];
                int n = readString(memory, pc, address, buf, max, user);
                return n < 0 ? null : java.util.Arrays.copyOf(buf, Math.max(0, n - 1));
            }

            @Override
            public byte[] bytes(long address, int n) {
                byte[] b = new byte[n];
                return read(memory, pc, address, b, false) ? b : null;
            }
        };
    }
}
