package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.hex;
import static org.bpfplay.engine.maps.MapTestSupport.u32;
import static org.bpfplay.engine.maps.MapTestSupport.u64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayMapTest {
    @Test
    void lookupReturnsTheLiveBufferThatUpdatesWriteInPlace() {
        BpfMap m = create("a:array:4:8:4", 1);
        byte[] live = m.lookup(u32(2), 0);
        assertEquals(0, m.update(u32(2), u64(42), MapFlags.BPF_ANY, 0));
        assertSame(live, m.lookup(u32(2), 0));
        assertArrayEquals(u64(42), live);
        live[0] = 7; // a program's store is visible to user space
        assertEquals("0700000000000000", m.userLookup(u32(2)).toString());
    }

    @Test
    void indexRulesAndDelete() {
        BpfMap m = create("a:array:4:8:4", 1);
        assertNull(m.lookup(u32(4), 0));
        assertNull(m.lookup(u32(-1), 0));
        assertEquals(-Errno.E2BIG.number, m.update(u32(4), u64(1), 0, 0));
        assertEquals(-Errno.EINVAL.number, m.delete(u32(0), 0));
        assertEquals(-Errno.EINVAL.number, m.userDelete(u32(0)));
        assertEquals(-Errno.ENOENT.number, m.userLookup(u32(4)).errno());
        assertEquals(-Errno.EINVAL.number, m.userUpdate(u32(0), u64(1), MapFlags.BPF_F_LOCK));
    }

    @Test
    void getNextKeyGoesByIndexAndRestartsFromAnUnknownKey() {
        BpfMap m = create("a:array:4:8:3", 1);
        byte[] next = new byte[4];
        assertEquals(0, m.getNextKey(null, next));
        assertArrayEquals(u32(0), next);
        assertEquals(0, m.getNextKey(u32(1), next));
        assertArrayEquals(u32(2), next);
        assertEquals(-Errno.ENOENT.number, m.getNextKey(u32(2), next));
        assertEquals(0, m.getNextKey(u32(99), next));
        assertArrayEquals(u32(0), next);
        assertEquals(3, m.entries().size());
    }

    @Test
    void perCpuValuesAreSeparateAndUserSpaceSeesAllRoundedTo8() {
        BpfMap m = create("p:percpu_array:4:4:2", 3);
        assertEquals(0, m.update(u32(1), hex("aabbccdd"), 0, 1));
        assertEquals("00000000", hex(m.lookup(u32(1), 0)));
        assertEquals("aabbccdd", hex(m.lookup(u32(1), 1)));
        assertEquals("0000000000000000" + "aabbccdd00000000" + "0000000000000000", m.userLookup(u32(1)).toString());
        assertEquals(0, m.userUpdate(u32(0), hex("0100000000000000020000000000000003000000ffffffff"), 0));
        assertEquals("03000000", hex(m.lookup(u32(0), 2)));
        assertEquals(-Errno.EEXIST.number, m.userUpdate(u32(0), new byte[24], MapFlags.BPF_NOEXIST));
        assertEquals(-Errno.E2BIG.number, m.userUpdate(u32(2), new byte[24], 0));
    }

    @Test
    void listenersSeeOldAndNewValuesAndClearZeroes() {
        BpfMap m = create("a:array:4:8:2", 1);
        List<MapChange> seen = new ArrayList<>();
        m.observers().add(seen::add);
        m.update(u32(1), u64(5), 0, 0);
        m.userUpdate(u32(1), u64(6), 0);
        m.clear();
        assertEquals(3, seen.size());
        assertEquals("a[01000000] 0000000000000000 -> 0500000000000000 (program)", seen.get(0).toString());
        assertEquals(MapChange.Origin.USER, seen.get(1).origin());
        assertEquals("0600000000000000", hex(seen.get(2).oldValue()));
        assertEquals("0000000000000000", hex(seen.get(2).newValue()));
    }
}
