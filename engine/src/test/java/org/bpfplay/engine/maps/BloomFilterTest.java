package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BloomFilterTest {
    private static BloomFilter bloom(int maxEntries, long extra) {
        MapCreateResult r = BpfMaps.create(new MapSpec("b", MapType.BLOOM_FILTER, 0, 8, maxEntries),
                MapOptions.cpus(1).withMapExtra(extra));
        assertTrue(r.ok(), r.toString());
        return (BloomFilter) r.map();
    }

    @Test
    void neverAFalseNegative() {
        BloomFilter b = bloom(100, 0);
        for (int i = 0; i < 300; i++) {
            assertEquals(0, b.push(u64(i * 7919L), 0, 0));
        }
        for (int i = 0; i < 300; i++) {
            assertEquals(0, b.peek(u64(i * 7919L), 0), "value " + i);
        }
    }

    @Test
    void sizingAndFlags() {
        assertEquals(5, bloom(16, 0).nrHashes());
        assertEquals(128, bloom(16, 0).bitCount(), "16 * 5 / 5 * 7 = 112 -> 128");
        assertEquals(64, bloom(1, 3).bitCount(), "at least 64 bits");
        assertEquals(3, bloom(1, 3).nrHashes());
        assertEquals(1L << 32, bloom(Integer.MAX_VALUE, 15).bitCount(), "overflow: 2^32 bits");
        BloomFilter b = bloom(16, 0);
        assertEquals(-Errno.ENOENT.number, b.peek(u64(1), 0));
        assertEquals(-Errno.EINVAL.number, b.push(u64(1), MapFlags.BPF_EXIST, 0));
        assertEquals(-Errno.EOPNOTSUPP.number, b.pop(new byte[8], 0));
        assertEquals(-Errno.EOPNOTSUPP.number, b.delete(new byte[0], 0));
        assertEquals(-Errno.EINVAL.number,
                BpfMaps.create(new MapSpec("b", MapType.BLOOM_FILTER, 0, 8, 4), MapOptions.cpus(1).withMapExtra(16)).errno());
        assertEquals(-Errno.EINVAL.number,
                BpfMaps.create(new MapSpec("h", MapType.HASH, 4, 8, 4), MapOptions.cpus(1).withMapExtra(1)).errno());
    }
}
