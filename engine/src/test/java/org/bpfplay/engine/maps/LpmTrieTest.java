package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.hex;
import static org.bpfplay.engine.maps.MapTestSupport.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LpmTrieTest {
    /** An IPv4 LPM key: u32 prefixlen (little-endian) then the address in network order. */
    private static byte[] key(int prefixlen, int a, int b, int c, int d) {
        byte[] k = MapBase.le32(prefixlen);
        return new byte[] {k[0], k[1], k[2], k[3], (byte) a, (byte) b, (byte) c, (byte) d};
    }

    @Test
    void longestPrefixWinsIncludingSlash0AndSlash32() {
        BpfMap t = create("t:lpm_trie:8:8:8:1", 1);
        t.update(key(0, 0, 0, 0, 0), u64(0), 0, 0);
        t.update(key(8, 10, 0, 0, 0), u64(8), 0, 0);
        t.update(key(24, 10, 1, 2, 0), u64(24), 0, 0);
        t.update(key(32, 10, 1, 2, 3), u64(32), 0, 0);
        assertEquals(hex(u64(32)), hex(t.lookup(key(32, 10, 1, 2, 3), 0)));
        assertEquals(hex(u64(24)), hex(t.lookup(key(32, 10, 1, 2, 4), 0)));
        assertEquals(hex(u64(8)), hex(t.lookup(key(32, 10, 9, 9, 9), 0)));
        assertEquals(hex(u64(0)), hex(t.lookup(key(32, 11, 0, 0, 0), 0)));
        assertEquals(hex(u64(8)), hex(t.lookup(key(23, 10, 1, 2, 3), 0)), "the key's prefixlen limits the match");
        assertNull(t.lookup(key(33, 10, 1, 2, 3), 0));
    }

    @Test
    void errors() {
        BpfMap t = create("t:lpm_trie:8:8:2:1", 1);
        assertEquals(-Errno.EINVAL.number, t.update(key(33, 1, 2, 3, 4), u64(1), 0, 0));
        assertEquals(-Errno.EINVAL.number, t.update(key(8, 1, 2, 3, 4), u64(1), 3, 0));
        assertEquals(-Errno.ENOENT.number, t.update(key(8, 1, 2, 3, 4), u64(1), MapFlags.BPF_EXIST, 0));
        assertEquals(0, t.update(key(8, 1, 2, 3, 4), u64(1), MapFlags.BPF_NOEXIST, 0));
        assertEquals(-Errno.EEXIST.number, t.update(key(8, 1, 9, 9, 9), u64(1), MapFlags.BPF_NOEXIST, 0),
                "bits after the prefix do not make a new entry");
        assertEquals(0, t.update(key(16, 1, 2, 0, 0), u64(2), 0, 0));
        assertEquals(-Errno.ENOSPC.number, t.update(key(24, 1, 2, 3, 0), u64(3), 0, 0));
        assertEquals(0, t.update(key(16, 1, 2, 0, 0), u64(4), 0, 0), "replacing works when full");
        assertEquals(-Errno.EINVAL.number, t.delete(key(40, 1, 2, 3, 0), 0));
        assertEquals(-Errno.ENOENT.number, t.delete(key(24, 1, 2, 3, 0), 0));
        assertEquals(0, t.delete(key(16, 1, 2, 0, 0), 0));
    }

    @Test
    void iterationIsPostOrderMostSpecificFirst() {
        BpfMap t = create("t:lpm_trie:8:1:8:1", 1);
        t.update(key(16, 192, 168, 0, 0), new byte[] {16}, 0, 0);
        t.update(key(24, 192, 168, 128, 0), new byte[] {3}, 0, 0);
        t.update(key(24, 192, 168, 0, 0), new byte[] {1}, 0, 0);
        t.update(key(24, 192, 168, 1, 0), new byte[] {2}, 0, 0);
        List<String> order = new ArrayList<>();
        for (MapEntry e : t.entries()) {
            order.add(hex(e.value()));
        }
        assertEquals(List.of("01", "02", "03", "10"), order);
        byte[] next = new byte[8];
        assertEquals(0, t.getNextKey(key(24, 192, 168, 1, 0), next));
        assertEquals(hex(key(24, 192, 168, 128, 0)), hex(next));
        assertEquals(-Errno.ENOENT.number, t.getNextKey(key(16, 192, 168, 0, 0), next));
        assertEquals(0, t.getNextKey(key(20, 1, 1, 1, 1), next), "an unknown key restarts");
        assertEquals(hex(key(24, 192, 168, 0, 0)), hex(next));
    }
}
