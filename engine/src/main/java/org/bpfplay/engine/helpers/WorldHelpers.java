package org.bpfplay.engine.helpers;

import org.bpfplay.engine.interp.HelperCall;

/**
 * Helpers answered by the simulated {@link World}: clocks, random numbers, CPU, current task,
 * socket cookie, traced function address, spin lock bookkeeping; and csum_diff.
 */
final class WorldHelpers {
    private final WorldState state;

    WorldHelpers(WorldState state) {
        this.state = state;
    }

    private World w() {
        return state.world();
    }

    long ktimeGetNs(HelperCall c) {
        return state.tickMonotonic();
    }

    long ktimeGetBootNs(HelperCall c) {
        return state.bootNs(state.tickMonotonic());
    }

    long ktimeGetCoarseNs(HelperCall c) {
        return state.coarseNs(state.tickMonotonic());
    }

    long jiffies64(HelperCall c) {
        return state.jiffies64(state.tickMonotonic());
    }

    long prandomU32(HelperCall c) {
        return state.nextU32() & 0xffff_ffffL;
    }

    long smpProcessorId(HelperCall c) {
        return w().cpu() & 0xffff_ffffL;
    }

    long numaNodeId(HelperCall c) {
        return w().numaNode() & 0xffff_ffffL;
    }

    long pidTgid(HelperCall c) {
        return (long) w().tgid() << 32 | (w().pid() & 0xffff_ffffL);
    }

    long uidGid(HelperCall c) {
        return (long) w().gid() << 32 | (w().uid() & 0xffff_ffffL);
    }

    /** strscpy_pad(buf, comm, size): at most size-1 bytes of comm, the rest NUL; returns 0. */
    long currentComm(HelperCall c) {
        long size = c.arg(2) & 0xffff_ffffL;
        if (size > ProbeReads.MAX_SIZE) {
            c.fail("size " + size + " is larger than any destination");
            return 0;
        }
        byte[] out = new byte[(int) size];
        byte[] comm = w().commBytes();
        int n = Math.min(Math.max(0, (int) size - 1), 15);
        for (int i = 0; i < n && comm[i] != 0; i++) {
            out[i] = comm[i];
        }
        c.writeBytes(c.arg(1), out);
        return 0;
    }

    long currentTask(HelperCall c) {
        return KernelMemory.CURRENT_TASK;
    }

    /**
     * sk_lookup_tcp/udp, skc_lookup_tcp, tcp_sock, get_listener_sock: like BPF_PROG_TEST_RUN, the
     * world has no socket to find, and the packet's own (skb->sk) is neither TCP nor listening.
     */
    long noSocket(HelperCall c) {
        return 0;
    }

    /** sk_fullsock: the packet's socket is a full socket, so the pointer comes back as is. */
    long fullSock(HelperCall c) {
        return c.arg(1);
    }

    /** sk_release: always 0 (only a reference is dropped). */
    long skRelease(HelperCall c) {
        return 0;
    }

    long socketCookie(HelperCall c) {
        return w().socketCookie();
    }

    long funcIp(HelperCall c) {
        return w().funcIp();
    }

    long spinLock(HelperCall c) {
        if (!state.lock(c.arg(1))) {
            c.fail("bpf_spin_lock at 0x" + Long.toHexString(c.arg(1)) + " is already held: this would deadlock");
        }
        return 0;
    }

    long spinUnlock(HelperCall c) {
        if (!state.unlock(c.arg(1))) {
            c.fail("bpf_spin_unlock at 0x" + Long.toHexString(c.arg(1)) + " without holding that lock");
        }
        return 0;
    }

    /** bpf_csum_diff(from, from_size, to, to_size, seed), see {@link Checksum#diff}. */
    long csumDiff(HelperCall c) {
        long fromSize = c.arg(2) & 0xffff_ffffL;
        long toSize = c.arg(4) & 0xffff_ffffL;
        if (fromSize > ProbeReads.MAX_SIZE || toSize > ProbeReads.MAX_SIZE) {
            c.fail("size " + Math.max(fromSize, toSize) + " is larger than any buffer");
            return 0;
        }
        byte[] from = fromSize == 0 ? null : c.readBytes(c.arg(1), (int) fromSize);
        byte[] to = toSize == 0 ? null : c.readBytes(c.arg(3), (int) toSize);
        if (c.failed()) {
            return 0;
        }
        return Checksum.diff(from, to, (int) c.arg(5));
    }
}
