package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueueStackMapTest {
    @Test
    void queueIsFifoStackIsLifoAndExistOverwritesTheOldest() {
        BpfMap q = create("q:queue:0:1:2", 1);
        BpfMap s = create("s:stack:0:1:2", 1);
        for (BpfMap m : new BpfMap[] {q, s}) {
            assertEquals(0, m.push(new byte[] {1}, 0, 0));
            assertEquals(0, m.push(new byte[] {2}, 0, 0));
            assertEquals(-Errno.E2BIG.number, m.push(new byte[] {3}, 0, 0));
            assertEquals(-Errno.EINVAL.number, m.push(new byte[] {3}, MapFlags.BPF_NOEXIST, 0));
            assertEquals(0, m.push(new byte[] {3}, MapFlags.BPF_EXIST, 0));
        }
        byte[] out = new byte[1];
        assertEquals(0, q.pop(out, 0));
        assertEquals("02", hex(out));
        assertEquals(0, s.pop(out, 0));
        assertEquals("03", hex(out));
        assertEquals(0, s.pop(out, 0));
        assertEquals("02", hex(out), "BPF_EXIST dropped the stack's bottom, 1");
        out[0] = 9;
        assertEquals(-Errno.ENOENT.number, s.peek(out, 0));
        assertEquals("00", hex(out), "an empty pop/peek zeroes the output");
    }

    @Test
    void userSpaceViewAndKeyedOperations() {
        BpfMap q = create("q:queue:0:4:3", 1);
        assertEquals(0, q.userUpdate(null, hex("01000000"), 0));
        assertEquals(0, q.userUpdate(null, hex("02000000"), 0));
        assertEquals(2, q.entries().size());
        assertEquals("01000000", q.userLookup(null).toString());
        assertEquals("01000000", q.userLookupAndDelete(null).toString());
        assertEquals(-Errno.EINVAL.number, q.update(new byte[0], hex("01000000"), 0, 0));
        assertEquals(-Errno.EINVAL.number, q.getNextKey(null, new byte[0]));
        q.clear();
        assertEquals(-Errno.ENOENT.number, q.userLookup(null).errno());
    }
}
