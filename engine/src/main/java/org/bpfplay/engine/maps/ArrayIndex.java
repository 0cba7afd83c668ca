package org.bpfplay.engine.maps;

/**
 * The index rules the array-shaped map types share (kernel/bpf/arraymap.c): a key is a
 * little-endian u32 index, get_next_key goes 0, 1, ..., max_entries - 1 and restarts at 0 from a
 * missing or out-of-range key.
 */
final class ArrayIndex {
    private ArrayIndex() {
    }

    /** The u32 index in the key, as an unsigned long. */
    static long of(byte[] key) {
        return MapBase.u32(MapBase.take(key, 4)) & 0xffffffffL;
    }

    static int nextKey(byte[] key, byte[] nextKey, int maxEntries) {
        long i = key == null ? 0xffffffffL : of(key);
        int next;
        if (i >= maxEntries) {
            next = 0;
        } else if (i == maxEntries - 1) {
            return Errno.ENOENT.neg();
        } else {
            next = (int) i + 1;
        }
        System.arraycopy(MapBase.le32(next), 0, nextKey, 0, 4);
        return 0;
    }
}
