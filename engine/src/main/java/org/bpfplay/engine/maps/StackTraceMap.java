package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_F_FAST_STACK_CMP;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_REUSE_STACKID;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_SKIP_FIELD_MASK;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_USER_STACK;

import java.util.Arrays;

/**
 * BPF_MAP_TYPE_STACK_TRACE (kernel/bpf/stackmap.c): bpf_get_stackid stores a call stack (a list
 * of u64 instruction addresses, at most value_size / 8 after skipping the first flags & 0xff) and
 * returns its id: jhash2 of the addresses with seed 0, masked to roundup_pow_of_two(max_entries)
 * buckets. The same stack gives the same id; a different stack in an occupied bucket is -EEXIST
 * unless BPF_F_REUSE_STACKID replaces it; BPF_F_FAST_STACK_CMP compares hashes only. Fewer frames
 * than skipped is -EFAULT. The caller (the interpreter) decides what a "stack" is in the playground.
 * User space looks stacks up by id (the addresses, zero-padded to value_size) and deletes them.
 */
public final class StackTraceMap extends MapBase implements BpfMap {

    private record Bucket(int hash, long[] ips) {
    }

    private final Bucket[] buckets;

    StackTraceMap(MapSpec spec, int cpus) {
        super(spec, cpus);
        int n = 1;
        while (n < spec.maxEntries()) {
            n <<= 1;
        }
        buckets = new Bucket[n];
    }

    /** bpf_get_stackid given the current stack, innermost frame first. */
    public long getStackId(long[] stack, long flags) {
        if ((flags & ~(BPF_F_SKIP_FIELD_MASK | BPF_F_USER_STACK | BPF_F_FAST_STACK_CMP | BPF_F_REUSE_STACKID)) != 0) {
            return Errno.EINVAL.neg();
        }
        int skip = (int) (flags & BPF_F_SKIP_FIELD_MASK);
        if (stack.length <= skip) {
            return Errno.EFAULT.neg();
        }
        int n = Math.min(stack.length - skip, spec.valueSize() / 8);
        long[] ips = Arrays.copyOfRange(stack, skip, skip + n);
        byte[] bytes = toBytes(ips, ips.length * 8);
        int hash = JHash.hash(bytes, 0);
        int id = hash & (buckets.length - 1);
        Bucket b = buckets[id];
        if (b != null) {
            boolean same = (flags & BPF_F_FAST_STACK_CMP) != 0 ? b.hash == hash : Arrays.equals(b.ips, ips);
            if (same) {
                return id;
            }
            if ((flags & BPF_F_REUSE_STACKID) == 0) {
                return Errno.EEXIST.neg();
            }
        }
        buckets[id] = new Bucket(hash, ips);
        observers.fire(le32(id), b == null ? null : toBytes(b.ips, spec.valueSize()), toBytes(ips, spec.valueSize()),
                -1, MapChange.Origin.PROGRAM);
        return id;
    }

    private static byte[] toBytes(long[] ips, int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < ips.length && i * 8 < size; i++) {
            for (int j = 0; j < 8; j++) {
                out[i * 8 + j] = (byte) (ips[i] >>> (8 * j));
            }
        }
        return out;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        long id;
        if (key == null) {
            id = 0;
        } else {
            id = ArrayIndex.of(key);
            id = id >= buckets.length || buckets[(int) id] == null ? 0 : id + 1;
        }
        while (id < buckets.length && buckets[(int) id] == null) {
            id++;
        }
        if (id >= buckets.length) {
            return Errno.ENOENT.neg();
        }
        System.arraycopy(le32((int) id), 0, nextKey, 0, 4);
        return 0;
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        long id = ArrayIndex.of(key);
        if (id >= buckets.length || buckets[(int) id] == null) {
            return UserLookup.error(Errno.ENOENT);
        }
        return UserLookup.found(toBytes(buckets[(int) id].ips, spec.valueSize()));
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        return Errno.EINVAL.neg();
    }

    @Override
    public int userDelete(byte[] key) {
        long id = ArrayIndex.of(key);
        if (id >= buckets.length) {
            return Errno.EINVAL.neg();
        }
        Bucket old = buckets[(int) id];
        if (old == null) {
            return Errno.ENOENT.neg();
        }
        buckets[(int) id] = null;
        observers.fire(key, toBytes(old.ips, spec.valueSize()), null, -1, MapChange.Origin.USER);
        return 0;
    }

    @Override
    public void clear() {
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] != null) {
                userDelete(le32(i));
            }
        }
    }

    /** The buckets (each an immutable stack). */
    @Override
    public Object snapshot() {
        return buckets.clone();
    }

    @Override
    public void restore(Object snapshot) {
        System.arraycopy((Bucket[]) snapshot, 0, buckets, 0, buckets.length);
    }
}
