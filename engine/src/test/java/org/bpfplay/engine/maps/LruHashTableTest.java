package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.u32;
import static org.bpfplay.engine.maps.MapTestSupport.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LruHashTableTest {
    @Test
    void aFullMapEvictsInsteadOfFailingAndReportsEvictions() {
        BpfMap m = create("l:lru_hash:4:8:4", 1);
        List<MapChange> evicted = new ArrayList<>();
        m.observers().add(c -> {
            if (c.origin() == MapChange.Origin.EVICTION) {
                evicted.add(c);
            }
        });
        for (int i = 1; i <= 10; i++) {
            assertEquals(0, m.update(u32(i), u64(i), 0, 0), "insert " + i);
        }
        assertTrue(((LruHashTable) m).size() <= 4);
        assertNotNull(m.lookup(u32(10), 0), "the newest entry survives");
        assertEquals(10 - ((LruHashTable) m).size(), evicted.size());
        assertNull(evicted.get(0).newValue());
    }

    @Test
    void referencedEntriesSurviveAnEviction() {
        // One CPU, 8 entries: target_free is 4, so a refill evicts up to 4 unreferenced entries.
        BpfMap m = create("l:lru_hash:4:8:8", 1);
        for (int i = 1; i <= 8; i++) {
            m.update(u32(i), u64(i), 0, 0);
        }
        m.lookup(u32(1), 0);
        m.lookup(u32(2), 0);
        m.update(u32(9), u64(9), 0, 0);
        assertNotNull(m.userLookup(u32(1)).value());
        assertNotNull(m.userLookup(u32(2)).value());
        assertEquals(-Errno.ENOENT.number, m.userLookup(u32(3)).errno(), "the oldest unreferenced entry went");
    }

    @Test
    void flagsAndUserCpu() {
        LruHashTable m = (LruHashTable) create("l:lru_hash:4:8:4", 2);
        assertEquals(-Errno.EINVAL.number, m.update(u32(1), u64(1), MapFlags.BPF_F_LOCK, 0));
        assertEquals(-Errno.ENOENT.number, m.update(u32(1), u64(1), MapFlags.BPF_EXIST, 0));
        assertEquals(0, m.update(u32(1), u64(1), MapFlags.BPF_NOEXIST, 0));
        assertEquals(-Errno.EEXIST.number, m.update(u32(1), u64(1), MapFlags.BPF_NOEXIST, 1));
        assertEquals(-Errno.ENOENT.number, m.delete(u32(2), 0));
        assertEquals(0, m.delete(u32(1), 0));
        m.setUserCpu(1);
        assertEquals(0, m.userUpdate(u32(5), u64(5), 0));
        assertThrows(IllegalArgumentException.class, () -> m.setUserCpu(2));
    }

    @Test
    void perCpuLruRoundsMaxEntriesToTheCpuCount() {
        BpfMap m = create("l:lru_hash:4:8:5:2", 4);
        assertEquals(8, m.spec().maxEntries());
    }

    @Test
    void lruPerCpuHashUpdatesInPlace() {
        BpfMap m = create("l:lru_percpu_hash:4:8:4", 2);
        m.update(u32(1), u64(1), 0, 1);
        byte[] live = m.lookup(u32(1), 1);
        assertEquals(0, m.update(u32(1), u64(2), MapFlags.BPF_EXIST, 1));
        assertEquals(live, m.lookup(u32(1), 1));
        assertEquals("0000000000000000" + "0200000000000000", m.userLookup(u32(1)).toString());
    }
}
