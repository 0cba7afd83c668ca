package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_ANY;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BPF_MAP_TYPE_BLOOM_FILTER (kernel/bpf/bloom_filter.c). No keys: push adds a value, peek answers 0
 * ("maybe present") or -ENOENT ("certainly absent"): no false negatives, some false positives.
 *
 * Sizing as the kernel does: nr_hashes = map_extra & 0xf (0 means 5); the bit array has
 * max_entries * nr_hashes * 7 / 5 bits (dividing by 5 first), at least 64, rounded up to a power of
 * 2, or 2^32 bits when that would overflow. Hash i of a value is jhash(value, seed + i) & mask.
 * The kernel's seed is random unless the map has BPF_F_ZERO_SEED; bpfplay's is always 0, so every
 * run answers the same, and exactly as a kernel filter created with BPF_F_ZERO_SEED.
 */
public final class BloomFilter extends MapBase implements BpfMap {
    private final int nrHashes;
    private final long bitMask;
    /** The set bits; sparse, since the bit array may be 2^32 bits. */
    private final Set<Long> bits = new HashSet<>();

    BloomFilter(MapSpec spec, int cpus, long mapExtra) {
        super(spec, cpus);
        int k = (int) (mapExtra & 0xf);
        nrHashes = k == 0 ? 5 : k;
        long nrBits = (long) spec.maxEntries() * nrHashes;
        long mask;
        if (nrBits > 0xffffffffL || (nrBits / 5) * 7 > 0xffffffffL || (nrBits / 5) * 7 > (1L << 31)) {
            mask = 0xffffffffL;
        } else {
            nrBits = (nrBits / 5) * 7;
            if (nrBits <= 64) {
                nrBits = 64;
            } else {
                nrBits = Long.highestOneBit(nrBits - 1) << 1;
            }
            mask = nrBits - 1;
        }
        bitMask = mask;
    }

    public int nrHashes() {
        return nrHashes;
    }

    /** Number of bits in the bit array. */
    public long bitCount() {
        return bitMask + 1;
    }

    /** Number of bits set. */
    public int bitsSet() {
        return bits.size();
    }

    private long bitFor(byte[] value, int i) {
        return JHash.hash(value, 0, spec.valueSize(), i) & bitMask;
    }

    @Override
    public int push(byte[] value, long flags, int cpu) {
        return add(value, flags, MapChange.Origin.PROGRAM);
    }

    private int add(byte[] value, long flags, MapChange.Origin origin) {
        if (flags != BPF_ANY) {
            return Errno.EINVAL.neg();
        }
        byte[] v = take(value, spec.valueSize());
        for (int i = 0; i < nrHashes; i++) {
            bits.add(bitFor(v, i));
        }
        observers.fire(null, null, v, -1, origin);
        return 0;
    }

    /** Peek: {@code value} is the value tested, not an output. */
    @Override
    public int peek(byte[] value, int cpu) {
        return contains(value) ? 0 : Errno.ENOENT.neg();
    }

    public boolean contains(byte[] value) {
        byte[] v = take(value, spec.valueSize());
        for (int i = 0; i < nrHashes; i++) {
            if (!bits.contains(bitFor(v, i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int pop(byte[] out, int cpu) {
        return Errno.EOPNOTSUPP.neg();
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        return Errno.EINVAL.neg();
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return Errno.EOPNOTSUPP.neg();
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return Errno.EOPNOTSUPP.neg();
    }

    /** The syscall's lookup on a bloom filter is a peek: {@code key} here is the VALUE to test. */
    @Override
    public UserLookup userLookup(byte[] value) {
        return contains(value) ? UserLookup.found(take(value, spec.valueSize())) : UserLookup.error(Errno.ENOENT);
    }

    /** The syscall's update pushes {@code value}; the key is ignored. */
    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg();
        }
        return add(value, flags, MapChange.Origin.USER);
    }

    @Override
    public int userDelete(byte[] key) {
        return Errno.EOPNOTSUPP.neg();
    }

    /** A bloom filter cannot list what it holds. */
    @Override
    public List<MapEntry> entries() {
        return List.of();
    }

    @Override
    public void clear() {
        bits.clear();
    }

    /** The set bits. */
    @Override
    public Object snapshot() {
        return new HashSet<>(bits);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        bits.clear();
        bits.addAll((Set<Long>) snapshot);
    }
}
