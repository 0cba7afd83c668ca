package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** probe_read* against the fake kernel memory: success, -EFAULT with a zeroed destination, strings. */
class ProbeReadsTest {
    private static final long EFAULT = -14;

    private static long le(byte[] b, int off, int size) {
        ByteBuffer bb = ByteBuffer.wrap(b, off, size).order(ByteOrder.LITTLE_ENDIAN);
        return size == 4 ? bb.getInt() & 0xffff_ffffL : bb.getLong();
    }

    @Test
    void readsTaskFieldsAndFollowsPointers() {
        Rig rig = new Rig(World.DEFAULT.withTask(77, 70, 0, 0, "curl"));
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 4, KernelMemory.CURRENT_TASK + KernelMemory.TASK_PID));
        assertEquals(77, le(rig.buf, 0, 4));
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 8,
                KernelMemory.CURRENT_TASK + KernelMemory.TASK_REAL_PARENT));
        long parent = le(rig.buf, 0, 8);
        assertEquals(KernelMemory.PARENT_TASK, parent);
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 4, parent + KernelMemory.TASK_TGID));
        assertEquals(1, le(rig.buf, 0, 4));
        assertEquals(KernelMemory.CURRENT_TASK, rig.r0(HelperId.GET_CURRENT_TASK));
    }

    @Test
    void badAddressGivesEfaultAndZeroes() {
        Rig rig = new Rig();
        Arrays.fill(rig.buf, (byte) 0xaa);
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 16, 0xffff_8880_dead_0000L));
        assertArrayEquals(new byte[16], Arrays.copyOf(rig.buf, 16));
        assertEquals((byte) 0xaa, rig.buf[16]);
        // straddling the end of the task: all or nothing
        Arrays.fill(rig.buf, (byte) 0xaa);
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 8,
                KernelMemory.CURRENT_TASK + KernelMemory.TASK_SIZE_BYTES - 4));
        assertArrayEquals(new byte[8], Arrays.copyOf(rig.buf, 8));
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 4, 0));
        // the wrong address space
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_USER, rig.addr(0), 4, KernelMemory.CURRENT_TASK));
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 4, KernelMemory.USER_ARGS));
        // size 0 reads nothing and succeeds
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 0, 0));
        // a destination outside the program's memory is the program's fault, not -EFAULT
        assertNotNull(rig.call(HelperId.PROBE_READ_KERNEL, rig.addr(250), 16, KernelMemory.CURRENT_TASK).fault());
    }

    @Test
    void compatReadPicksTheSpaceByAddress() {
        Rig rig = new Rig();
        assertEquals(0, rig.r0(HelperId.PROBE_READ, rig.addr(0), 4, KernelMemory.USER_ARGS));
        assertEquals("/usr", new String(rig.buf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(0, rig.r0(HelperId.PROBE_READ, rig.addr(0), 4, KernelMemory.CURRENT_TASK + KernelMemory.TASK_PID));
        assertEquals(World.DEFAULT.pid(), le(rig.buf, 0, 4));
        // the program's own memory counts as kernel memory
        rig.put(100, new byte[] {9, 8, 7, 6});
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL, rig.addr(0), 4, rig.addr(100)));
        assertEquals(0x06070809L, le(rig.buf, 0, 4));
        assertEquals(0, rig.r0(HelperId.PROBE_READ, rig.addr(0), 4, rig.addr(100)));
    }

    @Test
    void strings() {
        Rig rig = new Rig(World.DEFAULT.withTask(1, 1, 0, 0, "bash"));
        long comm = KernelMemory.CURRENT_TASK + KernelMemory.TASK_COMM;
        Arrays.fill(rig.buf, (byte) 0xaa);
        assertEquals(5, rig.r0(HelperId.PROBE_READ_KERNEL_STR, rig.addr(0), 16, comm), "length with the NUL");
        assertArrayEquals("bash\0".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(rig.buf, 5));
        assertEquals((byte) 0xaa, rig.buf[5], "bytes after the NUL are not written");
        assertEquals(3, rig.r0(HelperId.PROBE_READ_KERNEL_STR, rig.addr(0), 3, comm), "cut to size");
        assertArrayEquals(new byte[] {'b', 'a', 0}, Arrays.copyOf(rig.buf, 3));
        assertEquals(0, rig.r0(HelperId.PROBE_READ_KERNEL_STR, rig.addr(0), 0, comm));
        assertEquals(14, rig.r0(HelperId.PROBE_READ_USER_STR, rig.addr(0), 64, KernelMemory.USER_ARGS));
        assertEquals("/usr/bin/bash", new String(rig.buf, 0, 13, StandardCharsets.US_ASCII));
        assertEquals(14, rig.r0(HelperId.PROBE_READ_STR, rig.addr(0), 64, KernelMemory.USER_ARGS));
        Arrays.fill(rig.buf, (byte) 0xaa);
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_USER_STR, rig.addr(0), 8, KernelMemory.CURRENT_TASK));
        assertArrayEquals(new byte[8], Arrays.copyOf(rig.buf, 8), "zeroed on failure");
        // a string running off the end of its segment faults part-way
        long lastByte = KernelMemory.USER_ARGS + new KernelMemory(World.DEFAULT).segments().get(3).bytes().length - 1;
        assertEquals(EFAULT, rig.r0(HelperId.PROBE_READ_USER_STR, rig.addr(0), 8, lastByte + 1));
    }
}
