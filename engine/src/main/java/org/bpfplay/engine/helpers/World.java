package org.bpfplay.engine.helpers;

/**
 * The simulated machine a program runs in: everything a helper would otherwise take from the real
 * kernel. Immutable configuration; the changing part (clock, random generator, trace output, held
 * locks) is {@link WorldState}.
 *
 * Clock model: time advances by {@code clockStepNs} at every clock-reading helper call (ktime_get_ns,
 * ktime_get_boot_ns, ktime_get_coarse_ns, jiffies64), before it is read, so that consecutive reads
 * differ as on real hardware and a run is reproducible. The clocks agree with each other:
 * <ul>
 * <li>ktime_get_ns = {@code monotonic}, starting at {@code startNs};</li>
 * <li>ktime_get_boot_ns = monotonic + {@code suspendedNs};</li>
 * <li>ktime_get_coarse_ns = monotonic rounded down to a tick (10^9 / hz ns);</li>
 * <li>jiffies64 = INITIAL_JIFFIES + monotonic / tick, where INITIAL_JIFFIES is (u32)(-300 * hz) as
 * in include/linux/jiffies.h.</li>
 * </ul>
 * trace_printk's timestamp is the monotonic clock at the call, without advancing it.
 *
 * @param seed         seeds get_prandom_u32 (see {@link WorldState} for the generator)
 * @param startNs      the monotonic clock at the start of the run
 * @param clockStepNs  how far each clock-reading helper call advances time
 * @param suspendedNs  time spent suspended: boot clock minus monotonic clock
 * @param hz           CONFIG_HZ (jiffies per second)
 * @param cpu          get_smp_processor_id
 * @param numaNode     get_numa_node_id
 * @param pid          current task's pid (thread id)
 * @param tgid         current task's tgid (process id)
 * @param uid          current task's uid
 * @param gid          current task's gid
 * @param comm         current task's name (at most 15 bytes are used)
 * @param socketCookie get_socket_cookie's value for the packet's socket
 * @param funcIp       get_func_ip: address of the kprobed function
 * @param traceFlags   the 5-character irq/preempt flags column of trace_pipe lines
 */
public record World(long seed, long startNs, long clockStepNs, long suspendedNs, int hz, int cpu, int numaNode,
                    int pid, int tgid, int uid, int gid, String comm, long socketCookie, long funcIp,
                    String traceFlags) {
    /** Defaults: an hour after boot, 1 us per clock read, HZ=250, CPU 0, a bash process of uid 1000. */
    public static final World DEFAULT = new World(1, 3_600_000_000_000L, 1_000, 0, 250, 0, 0, 4242, 4242, 1000,
            1000, "bash", 4097, 0xffffffff81400000L, "b..11");

    public World {
        if (hz <= 0 || hz > 1_000_000_000) {
            throw new IllegalArgumentException("hz must be in 1..10^9, not " + hz);
        }
        if (clockStepNs < 0 || startNs < 0 || suspendedNs < 0) {
            throw new IllegalArgumentException("clock settings must not be negative");
        }
        if (comm == null) {
            comm = "";
        }
        if (traceFlags == null) {
            traceFlags = "b..11";
        }
    }

    public World withSeed(long newSeed) {
        return new World(newSeed, startNs, clockStepNs, suspendedNs, hz, cpu, numaNode, pid, tgid, uid, gid, comm,
                socketCookie, funcIp, traceFlags);
    }

    public World withTask(int newPid, int newTgid, int newUid, int newGid, String newComm) {
        return new World(seed, startNs, clockStepNs, suspendedNs, hz, cpu, numaNode, newPid, newTgid, newUid, newGid,
                newComm, socketCookie, funcIp, traceFlags);
    }

    public World withCpu(int newCpu, int newNumaNode) {
        return new World(seed, startNs, clockStepNs, suspendedNs, hz, newCpu, newNumaNode, pid, tgid, uid, gid, comm,
                socketCookie, funcIp, traceFlags);
    }

    /** Nanoseconds per jiffy. */
    public long tickNs() {
        return 1_000_000_000L / hz;
    }

    /** jiffies at boot: (unsigned long)(unsigned int)(-300 * HZ). */
    public long initialJiffies() {
        return (-300L * hz) & 0xffff_ffffL;
    }

    /** comm as the kernel stores it: at most 15 bytes then NUL, in a 16-byte array. */
    public byte[] commBytes() {
        byte[] out = new byte[16];
        byte[] c = comm.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(c, 0, out, 0, Math.min(15, c.length));
        return out;
    }
}
