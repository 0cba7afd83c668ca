package org.bpfplay.engine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bucket array behind the hash map types, laid out like kernel/bpf/hashtab.c so that
 * get_next_key walks entries in the kernel's order: roundup_pow_of_two(max_entries) buckets, a key
 * goes to bucket {@code jhash(key, seed) & (n_buckets - 1)}, a new element is put at the HEAD of its
 * bucket (so the newest comes first), and iteration runs bucket 0 upwards, each bucket head to
 * tail. With seed 0 this is the order of a kernel map created with BPF_F_ZERO_SEED; a kernel map
 * with a random seed shows the same entries in another order.
 */
final class HashBuckets<E extends HashBuckets.Elem> {

    /** A stored element: its key and the hash that placed it. */
    static class Elem {
        final byte[] key;
        final int hash;

        Elem(byte[] key, int hash) {
            this.key = key;
            this.hash = hash;
        }
    }

    private final int keySize;
    private final int seed;
    private final long nBuckets;
    /** Only the non-empty buckets, by index: max_entries may be up to 2^31. */
    private final TreeMap<Integer, List<E>> buckets = new TreeMap<>();
    private int size;

    HashBuckets(int keySize, int maxEntries, int seed) {
        this.keySize = keySize;
        this.seed = seed;
        long n = 1;
        while (n < Integer.toUnsignedLong(maxEntries)) {
            n <<= 1;
        }
        nBuckets = n;
    }

    int hash(byte[] key) {
        return JHash.hash(MapBase.take(key, keySize), 0, keySize, seed);
    }

    int size() {
        return size;
    }

    private int index(int hash) {
        return (int) (Integer.toUnsignedLong(hash) & (nBuckets - 1));
    }

    private List<E> bucket(int hash) {
        return buckets.getOrDefault(index(hash), List.of());
    }

    E find(byte[] key) {
        key = key.length < keySize ? MapBase.take(key, keySize) : key;
        int h = hash(key);
        for (E e : bucket(h)) {
            if (e.hash == h && Arrays.equals(e.key, 0, keySize, key, 0, keySize)) {
                return e;
            }
        }
        return null;
    }

    void addHead(E e) {
        buckets.computeIfAbsent(index(e.hash), i -> new ArrayList<>(2)).add(0, e);
        size++;
    }

    /** Removes exactly this element (by identity); false when it is not stored. */
    boolean remove(E e) {
        List<E> b = bucket(e.hash);
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i) == e) {
                b.remove(i);
                if (b.isEmpty()) {
                    buckets.remove(index(e.hash));
                }
                size--;
                return true;
            }
        }
        return false;
    }

    /** Replaces {@code old} by {@code neu} with {@code neu} at the bucket head, as an update does. */
    void replace(E old, E neu) {
        List<E> b = bucket(neu.hash);
        b.add(0, neu);
        b.remove(old);
    }

    void clear() {
        buckets.clear();
        size = 0;
    }

    /**
     * get_next_key: the element after {@code key} in its bucket, else the head of the next non-empty
     * bucket; a key that is not stored (or null) restarts from bucket 0. Null after the last.
     */
    E next(byte[] key) {
        Map.Entry<Integer, List<E>> from = buckets.firstEntry();
        if (key != null) {
            E cur = find(key);
            if (cur != null) {
                List<E> b = bucket(cur.hash);
                int at = b.indexOf(cur);
                if (at + 1 < b.size()) {
                    return b.get(at + 1);
                }
                from = buckets.higherEntry(index(cur.hash));
            }
        }
        return from == null ? null : from.getValue().get(0);
    }

    /** The bucket lists and size, for {@link #restore}. */
    Object snapshot() {
        TreeMap<Integer, List<E>> copy = new TreeMap<>();
        for (Map.Entry<Integer, List<E>> e : buckets.entrySet()) {
            copy.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        return new Object[] {copy, size};
    }

    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        buckets.clear();
        for (Map.Entry<Integer, List<E>> e : ((TreeMap<Integer, List<E>>) s[0]).entrySet()) {
            buckets.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        size = (Integer) s[1];
    }

    /** All elements in iteration order. */
    List<E> inOrder() {
        List<E> out = new ArrayList<>(size);
        for (List<E> b : buckets.values()) {
            out.addAll(b);
        }
        return out;
    }
}
