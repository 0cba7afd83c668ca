package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.hex;
import static org.bpfplay.engine.maps.MapTestSupport.u32;
import static org.bpfplay.engine.maps.MapTestSupport.u64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashTableTest {
    @Test
    void everyFlagOnPresentAndAbsentKeys() {
        BpfMap m = create("h:hash:4:8:2", 1);
        assertEquals(-Errno.ENOENT.number, m.update(u32(1), u64(1), MapFlags.BPF_EXIST, 0));
        assertEquals(0, m.update(u32(1), u64(1), MapFlags.BPF_NOEXIST, 0));
        assertEquals(-Errno.EEXIST.number, m.update(u32(1), u64(2), MapFlags.BPF_NOEXIST, 0));
        assertEquals(0, m.update(u32(1), u64(3), MapFlags.BPF_EXIST, 0));
        assertEquals(-Errno.EINVAL.number, m.update(u32(1), u64(3), 3, 0));
        assertEquals(-Errno.EINVAL.number, m.update(u32(1), u64(3), MapFlags.BPF_F_LOCK, 0));
        assertEquals(0, m.update(u32(2), u64(4), MapFlags.BPF_ANY, 0));
        assertEquals(-Errno.E2BIG.number, m.update(u32(3), u64(5), MapFlags.BPF_ANY, 0));
        assertEquals(0, m.update(u32(2), u64(6), MapFlags.BPF_ANY, 0), "replacing works when full");
        assertEquals(-Errno.ENOENT.number, m.delete(u32(3), 0));
        assertEquals(0, m.delete(u32(2), 0));
        assertNull(m.lookup(u32(2), 0));
        assertEquals(-Errno.ENOENT.number, m.userLookup(u32(2)).errno());
    }

    @Test
    void replacingGivesANewBufferAndTheOldOneKeepsItsBytes() {
        BpfMap m = create("h:hash:4:8:2", 1);
        m.update(u32(1), u64(1), 0, 0);
        byte[] before = m.lookup(u32(1), 0);
        m.update(u32(1), u64(2), 0, 0);
        assertNotSame(before, m.lookup(u32(1), 0));
        assertArrayEquals(u64(1), before);
        BpfMap p = create("p:percpu_hash:4:8:2", 2);
        p.update(u32(1), u64(1), 0, 0);
        byte[] live = p.lookup(u32(1), 0);
        p.update(u32(1), u64(2), 0, 0);
        assertSame(live, p.lookup(u32(1), 0), "per-CPU hashes update in place");
    }

    @Test
    void getNextKeyRestartsFromAMissingKeyAndEndsWithEnoent() {
        BpfMap m = create("h:hash:4:8:8", 1);
        for (int i = 1; i <= 5; i++) {
            m.update(u32(i), u64(i), 0, 0);
        }
        byte[] first = new byte[4];
        assertEquals(0, m.getNextKey(null, first));
        byte[] again = new byte[4];
        assertEquals(0, m.getNextKey(u32(77), again));
        assertArrayEquals(first, again);
        List<String> keys = new ArrayList<>();
        byte[] k = null;
        byte[] next = new byte[4];
        while (m.getNextKey(k, next) == 0) {
            keys.add(hex(next));
            k = next.clone();
        }
        assertEquals(5, keys.size());
        assertEquals(5, keys.stream().distinct().count());
    }

    @Test
    void perCpuProgramUpdateOfANewKeyZeroesTheOtherCpus() {
        BpfMap p = create("p:percpu_hash:4:4:2", 2);
        assertEquals(0, p.update(u32(1), hex("11223344"), 0, 1));
        assertEquals("0000000000000000" + "1122334400000000", p.userLookup(u32(1)).toString());
        assertEquals(0, p.userUpdate(u32(1), hex("0100000000000000" + "0200000000000000"), MapFlags.BPF_EXIST));
        assertEquals("02000000", hex(p.lookup(u32(1), 1)));
    }

    @Test
    void clearRemovesEverythingAndTellsListeners() {
        BpfMap m = create("h:hash:4:8:4", 1);
        m.userUpdate(u32(1), u64(1), 0);
        m.userUpdate(u32(2), u64(2), 0);
        List<MapChange> seen = new ArrayList<>();
        m.observers().add(seen::add);
        m.clear();
        assertEquals(0, m.entries().size());
        assertEquals(2, seen.size());
        assertNull(seen.get(0).newValue());
    }

    @Test
    void jhashOfKnownInputs() {
        // lookup3's published check value: hashlittle("Four score and seven years ago", 30, 0).
        byte[] text = "Four score and seven years ago".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(0x17770551, JHash.hash(text, 0));
        assertEquals(0xcd628161, JHash.hash(text, 1));
        assertEquals(0xdeadbeef, JHash.hash(new byte[0], 0));
    }
}
