package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** trace_printk, trace_vprintk and snprintf through the Machine. */
class PrintHelpersTest {
    private static final long EINVAL = -22;

    private static byte[] z(String s) {
        return (s + "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] u64s(long... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) {
            b.putLong(x);
        }
        return b.array();
    }

    @Test
    void tracePrintkWritesATracePipeLine() {
        World w = World.DEFAULT.withTask(321, 321, 0, 0, "myprog").withCpu(1, 0);
        Rig rig = new Rig(w);
        byte[] fmt = z("pid %d comm %s\n");
        rig.put(0, fmt);
        rig.put(64, z("task"));
        assertEquals(18, rig.r0(HelperId.TRACE_PRINTK, rig.addr(0), fmt.length, 321, rig.addr(64)));
        assertEquals(1, rig.state.traceLines().size());
        String line = rig.state.tracePipe();
        assertEquals("          myprog-321     [001] b..11  3600.000000: bpf_trace_printk: pid 321 comm task\n\n", line);
        rig.r0(HelperId.KTIME_GET_NS);
        rig.put(0, z("%d %d %d %d"));
        assertEquals(EINVAL, rig.r0(HelperId.TRACE_PRINTK, rig.addr(0), 12, 1, 2, 3), "at most 3 arguments");
        assertEquals(1, rig.state.traceLines().size(), "nothing printed on error");
        assertNotNull(rig.call(HelperId.TRACE_PRINTK, rig.addr(250), 16).fault(), "format outside memory");
    }

    @Test
    void traceVprintkTakesAnArray() {
        Rig rig = new Rig();
        byte[] fmt = z("%d %d %d %d %s");
        rig.put(0, fmt);
        rig.put(200, z("end"));
        rig.put(64, u64s(1, 2, 3, 4, rig.addr(200)));
        assertEquals(11, rig.r0(HelperId.TRACE_VPRINTK, rig.addr(0), fmt.length, rig.addr(64), 40));
        assertEquals("1 2 3 4 end", rig.state.traceLines().get(0).message());
        assertEquals(EINVAL, rig.r0(HelperId.TRACE_VPRINTK, rig.addr(0), fmt.length, rig.addr(64), 12), "not whole u64s");
        assertEquals(EINVAL, rig.r0(HelperId.TRACE_VPRINTK, rig.addr(0), fmt.length, rig.addr(64), 13 * 8), "more than 12");
        assertEquals(EINVAL, rig.r0(HelperId.TRACE_VPRINTK, rig.addr(0), fmt.length, 0, 8), "NULL args");
        assertEquals(EINVAL, rig.r0(HelperId.TRACE_VPRINTK, rig.addr(0), fmt.length, rig.addr(64), 32), "4 args for 5 specs");
    }

    @Test
    void snprintfTruncatesAndReturnsLengthPlusOne() {
        Rig rig = new Rig();
        rig.put(0, z("hello %d"));
        rig.put(32, u64s(42));
        Arrays.fill(rig.buf, 100, 140, (byte) 0xaa);
        assertEquals(9, rig.r0(HelperId.SNPRINTF, rig.addr(100), 4, rig.addr(0), rig.addr(32), 8));
        assertArrayEquals(new byte[] {'h', 'e', 'l', 0, (byte) 0xaa}, Arrays.copyOf(Arrays.copyOfRange(rig.buf, 100, 105), 5));
        assertEquals(9, rig.r0(HelperId.SNPRINTF, rig.addr(100), 64, rig.addr(0), rig.addr(32), 8));
        assertEquals("hello 42\0", new String(rig.buf, 100, 9, StandardCharsets.US_ASCII));
        Arrays.fill(rig.buf, 100, 140, (byte) 0xaa);
        assertEquals(9, rig.r0(HelperId.SNPRINTF, 0, 0, rig.addr(0), rig.addr(32), 8), "size 0: only the length");
        assertEquals((byte) 0xaa, rig.buf[100]);
        assertEquals(EINVAL, rig.r0(HelperId.SNPRINTF, rig.addr(100), 64, rig.addr(0), rig.addr(32), 0), "no args");
        assertEquals((byte) 0xaa, rig.buf[100], "nothing written on error");
    }

    @Test
    void longOutputIsCutInTheTraceButCountedInTheReturn() {
        Rig rig = new Rig();
        rig.put(0, z("%600d%500d"));
        assertEquals(1100, rig.r0(HelperId.TRACE_PRINTK, rig.addr(0), 11, 1, 2));
        assertEquals(1023, rig.state.traceLines().get(0).message().length());
    }

    @Test
    void hashedPointersAreStableAndShaped() {
        Bprintf b = new Bprintf(5);
        byte[] fmt = z("%p %pK %p");
        Bprintf.Result r = b.format(fmt, new long[] {0xffff888012345678L, 0xffff888012345678L, 0}, 3, null);
        String[] parts = r.string().split(" ");
        assertTrue(parts[0].matches("00000000[0-9a-f]{8}"), parts[0]);
        assertEquals(parts[0], parts[1]);
        assertEquals("0000000000000000", parts[2]);
        assertEquals(r.string(), b.format(fmt, new long[] {0xffff888012345678L, 0xffff888012345678L, 0}, 3, null)
                .string());
    }
}
