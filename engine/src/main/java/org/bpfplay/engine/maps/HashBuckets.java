package org.bpfplay.engine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private final List<List<E>> buckets;
    private int size;

    HashBuckets(int keySize, int maxEntries, int seed) {
        this.keySize = keySize;
        this.seed = seed;
        int n = 1;
        while (n < maxEntries) {
            n <<= 1;
        }
        buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            buckets.add(new ArrayList<>(1));
        }
    }

    int hash(byte[] key) {
        return JHash.hash(key, 0, keySize, seed);
    }

    int size() {
        return size;
    }

    private List<E> bucket(int hash) {
        return buckets.get(hash & (buckets.size() - 1));
    }

    E find(byte[] key) {
        int h = hash(key);
        for (E e : bucket(h)) {
            if (e.hash == h && Arrays.equals(e.key, 0, keySize, key, 0, keySize)) {
                return e;
            }
        }
        return null;
    }

    void addHead(E e) {
        bucket(e.hash).add(0, e);
        size++;
    }

    /** Removes exactly this element (by identity); false when it is not stored. */
    boolean remove(E e) {
        List<E> b = bucket(e.hash);
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i) == e) {
                b.remove(i);
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
        for (List<E> b : buckets) {
            b.clear();
        }
        size = 0;
    }

    /**
     * get_next_key: the element after {@code key} in its bucket, else the head of the next non-empty
     * bucket; a key that is not stored (or null) restarts from bucket 0. Null after the last.
     */
    E next(byte[] key) {
        int from = 0;
        if (key != null) {
            E cur = find(key);
            if (cur != null) {
                List<E> b = bucket(cur.hash);
                int at = b.indexOf(cur);
                if (at + 1 < b.size()) {
                    return b.get(at + 1);
                }
                from = (cur.hash & (buckets.size() - 1)) + 1;
            }
        }
        for (int i = from; i < buckets.size(); i++) {
            if (!buckets.get(i).isEmpty()) {
                return buckets.get(i).get(0);
            }
        }
        return null;
    }

    /** All elements in iteration order. */
    List<E> inOrder() {
        List<E> out = new ArrayList<>(size);
        for (List<E> b : buckets) {
            out.addAll(b);
        }
        return out;
    }
}
