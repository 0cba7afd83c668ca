package org.bpfplay.engine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BpfMapsTest {
    @Test
    void errorsNameTheMapTheErrnoAndTheRule() {
        MapCreateResult r = BpfMaps.create(MapSpec.parse("counts:array:8:8:4"), 1);
        assertFalse(r.ok());
        assertEquals(-22, r.errno());
        assertEquals("map counts: BPF_MAP_CREATE failed: Invalid argument (key_size must be 4 (a u32 index))", r.message());
        assertEquals(-Errno.EINVAL.number, BpfMaps.create(MapSpec.parse("t:lpm_trie:8:8:4"), 1).errno(),
                "an LPM trie without BPF_F_NO_PREALLOC");
        assertEquals(-Errno.ENOTSUPP.number, BpfMaps.create(MapSpec.parse("l:lru_hash:4:8:4:1"), 1).errno());
        assertEquals(-Errno.EINVAL.number, BpfMaps.create(MapSpec.parse("d:devmap:4:4:4"), 1).errno());
        assertEquals(-Errno.EINVAL.number, BpfMaps.create(MapSpec.parse("a:array:4:8:4"), 0).errno());
    }

    @Test
    void memoryCapOnlyForPreallocatedMaps() {
        assertEquals(-Errno.ENOMEM.number, BpfMaps.create(MapSpec.parse("a:array:4:4096:100000"), 1).errno());
        assertTrue(BpfMaps.create(MapSpec.parse("h:hash:4:4096:100000"), 1).ok(), "a hash grows on demand");
        assertTrue(BpfMaps.create(MapSpec.parse("h:hash:4:8:2147483647"), 1).ok());
    }

    @Test
    void everySimulatedTypeCanBeCreated() {
        String[] specs = {"array:4:8:1", "percpu_array:4:8:1", "hash:4:8:1", "percpu_hash:4:8:1", "lru_hash:4:8:1",
            "lru_percpu_hash:4:8:1", "lpm_trie:5:8:1:1", "queue:0:8:1", "stack:0:8:1", "ringbuf:0:0:4096",
            "bloom_filter:0:8:1", "prog_array:4:4:1", "perf_event_array:4:4:1", "stack_trace:4:8:1"};
        for (String s : specs) {
            MapCreateResult r = BpfMaps.create(MapSpec.parse("m:" + s), 2);
            assertTrue(r.ok(), s + ": " + r);
            assertEquals(s.split(":")[0], r.map().type().shortName);
            assertEquals(2, r.map().cpus());
        }
    }
}
