package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Clock, random numbers, CPU and task helpers, and their determinism. */
class WorldHelpersTest {
    private static long[] randoms(World w, int n) {
        Rig rig = new Rig(w);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rig.r0(HelperId.GET_PRANDOM_U32);
        }
        return out;
    }

    @Test
    void sameSeedSameNumbersOtherSeedOthers() {
        long[] a = randoms(World.DEFAULT.withSeed(7), 8);
        assertArrayEquals(a, randoms(World.DEFAULT.withSeed(7), 8));
        assertNotEquals(Arrays.toString(a), Arrays.toString(randoms(World.DEFAULT.withSeed(8), 8)));
        for (long v : a) {
            assertEquals(0, v >>> 32, "get_prandom_u32 is zero-extended");
        }
        assertTrue(Arrays.stream(a).distinct().count() > 6);
    }

    @Test
    void clocksAdvancePerCallAndAgree() {
        World w = new World(1, 5_000_000_000L, 1_500, 2_000_000L, 250, 0, 0, 1, 1, 0, 0, "x", 0, 0, null);
        Rig rig = new Rig(w);
        long t1 = rig.r0(HelperId.KTIME_GET_NS);
        long t2 = rig.r0(HelperId.KTIME_GET_NS);
        assertEquals(5_000_001_500L, t1);
        assertEquals(1_500, t2 - t1);
        long boot = rig.r0(HelperId.KTIME_GET_BOOT_NS);
        assertEquals(t2 + 1_500 + 2_000_000L, boot);
        long coarse = rig.r0(HelperId.KTIME_GET_COARSE_NS);
        long mono = rig.state.monotonicNs();
        assertEquals(0, coarse % 4_000_000L, "HZ=250: 4 ms ticks");
        assertTrue(coarse <= mono && mono - coarse < 4_000_000L);
        long jiffies = rig.r0(HelperId.JIFFIES64);
        // INITIAL_JIFFIES = (u32)(-300 * HZ) = 0xfffedb08 for HZ=250
        assertEquals(0xfffe_db08L + rig.state.monotonicNs() / 4_000_000L, jiffies);
    }

    @Test
    void taskAndCpu() {
        World w = World.DEFAULT.withTask(101, 100, 1000, 2000, "nginx-worker-process").withCpu(3, 1);
        Rig rig = new Rig(w);
        assertEquals(100L << 32 | 101, rig.r0(HelperId.GET_CURRENT_PID_TGID));
        assertEquals(2000L << 32 | 1000, rig.r0(HelperId.GET_CURRENT_UID_GID));
        assertEquals(3, rig.r0(HelperId.GET_SMP_PROCESSOR_ID));
        assertEquals(1, rig.r0(HelperId.GET_NUMA_NODE_ID));
        Arrays.fill(rig.buf, (byte) 0xaa);
        assertEquals(0, rig.r0(HelperId.GET_CURRENT_COMM, rig.addr(0), 20));
        byte[] expected = new byte[20];
        System.arraycopy("nginx-worker-pr".getBytes(StandardCharsets.US_ASCII), 0, expected, 0, 15);
        assertArrayEquals(expected, Arrays.copyOf(rig.buf, 20), "comm is cut to 15 bytes and NUL-padded");
        assertEquals((byte) 0xaa, rig.buf[20]);
        assertEquals(0, rig.r0(HelperId.GET_CURRENT_COMM, rig.addr(0), 3));
        assertArrayEquals(new byte[] {'n', 'g', 0}, Arrays.copyOf(rig.buf, 3));
        assertNotNull(rig.call(HelperId.GET_CURRENT_COMM, rig.addr(250), 16).fault(), "buffer overflow faults");
    }

    @Test
    void stateIsSavedAndRestoredForBackStepping() {
        Rig rig = new Rig();
        rig.r0(HelperId.KTIME_GET_NS);
        Object saved = rig.state.save();
        long r1 = rig.r0(HelperId.GET_PRANDOM_U32);
        long t1 = rig.r0(HelperId.KTIME_GET_NS);
        rig.state.lock(99);
        rig.state.trace("x");
        rig.state.restore(saved);
        assertEquals(r1, rig.r0(HelperId.GET_PRANDOM_U32));
        assertEquals(t1, rig.r0(HelperId.KTIME_GET_NS));
        assertEquals(0, rig.state.traceLines().size());
        assertEquals(0, rig.state.heldLocks().size());
    }

    @Test
    void spinLockBookkeeping() {
        Rig rig = new Rig();
        assertEquals(0, rig.r0(HelperId.SPIN_LOCK, rig.addr(8)));
        assertEquals(1, rig.state.heldLocks().size());
        assertNotNull(rig.call(HelperId.SPIN_LOCK, rig.addr(8)).fault(), "taking a held lock deadlocks");
        assertEquals(0, rig.r0(HelperId.SPIN_UNLOCK, rig.addr(8)));
        assertNotNull(rig.call(HelperId.SPIN_UNLOCK, rig.addr(8)).fault(), "unlocking a free lock");
    }

    @Test
    void cookieFuncIpAndCsumDiff() {
        Rig rig = new Rig();
        assertEquals(World.DEFAULT.socketCookie(), rig.r0(HelperId.GET_SOCKET_COOKIE, 0));
        assertEquals(World.DEFAULT.funcIp(), rig.r0(HelperId.GET_FUNC_IP, 0));
        rig.put(0, new byte[] {1, 2, 3, 4});
        // recorded kernel value for csum_diff(NULL, 0, 01020304, 4, 0): 1540
        assertEquals(1540, rig.r0(HelperId.CSUM_DIFF, 0, 0, rig.addr(0), 4, 0));
        assertNotNull(rig.call(HelperId.CSUM_DIFF, 0, 0, rig.addr(254), 4, 0).fault());
    }
}
