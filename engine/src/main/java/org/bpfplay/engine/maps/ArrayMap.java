package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

/**
 * BPF_MAP_TYPE_ARRAY and BPF_MAP_TYPE_PERCPU_ARRAY: max_entries preallocated zeroed values indexed
 * by a u32 key (kernel/bpf/arraymap.c). Entries always exist: update with BPF_NOEXIST is -EEXIST,
 * an index past the end is -E2BIG, delete is -EINVAL. Values are updated in place, so the buffer
 * lookup returned stays the live value forever. BPF_F_LOCK needs a bpf_spin_lock in the value,
 * which needs BTF; bpfplay maps have no BTF, so it is always -EINVAL once the other checks pass.
 */
public final class ArrayMap extends MapBase implements BpfMap {
    private final boolean percpu;
    /** values[index][cpu]; a plain array has one copy. */
    private final byte[][][] values;

    ArrayMap(MapSpec spec, int cpus) {
        super(spec, cpus);
        this.percpu = spec.type() == MapType.PERCPU_ARRAY;
        int copies = percpu ? cpus : 1;
        values = new byte[spec.maxEntries()][copies][spec.valueSize()];
    }

    private long index(byte[] key) {
        return ArrayIndex.of(key);
    }

    private byte[] copyFor(int index, int cpu) {
        return values[index][percpu ? cpu : 0];
    }

    /** Also bpf_map_lookup_percpu_elem: a CPU that does not exist finds nothing. */
    @Override
    public byte[] lookup(byte[] key, int cpu) {
        long i = index(key);
        if (i >= spec.maxEntries() || cpu < 0 || cpu >= cpus) {
            return null;
        }
        return copyFor((int) i, cpu);
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        if (Long.compareUnsigned(flags & ~BPF_F_LOCK, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        long i = index(key);
        if (i >= spec.maxEntries()) {
            return Errno.E2BIG.neg();
        }
        if ((flags & BPF_NOEXIST) != 0) {
            return Errno.EEXIST.neg();
        }
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg(); // no bpf_spin_lock in a value without BTF
        }
        byte[] buf = copyFor((int) i, cpu);
        byte[] old = observers.isEmpty() ? null : buf.clone();
        System.arraycopy(take(value, spec.valueSize()), 0, buf, 0, spec.valueSize());
        observers.fire(key, old, buf, percpu ? cpu : -1, MapChange.Origin.PROGRAM);
        return 0;
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return Errno.EINVAL.neg();
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return ArrayIndex.nextKey(key, nextKey, spec.maxEntries());
    }

    private byte[] userValue(int i) {
        return percpu ? joinPerCpu(values[i], spec.valueSize()) : values[i][0].clone();
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        long i = index(key);
        return i < spec.maxEntries() ? UserLookup.found(userValue((int) i)) : UserLookup.error(Errno.ENOENT);
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg(); // the syscall refuses BPF_F_LOCK without a spin lock first
        }
        if (!percpu) {
            int r = updateChecks(key, flags);
            if (r != 0) {
                return r;
            }
            int i = (int) index(key);
            byte[] old = values[i][0].clone();
            System.arraycopy(take(value, spec.valueSize()), 0, values[i][0], 0, spec.valueSize());
            observers.fire(key, old, values[i][0], -1, MapChange.Origin.USER);
            return 0;
        }
        // bpf_percpu_array_update
        if (Long.compareUnsigned(flags, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        long i = index(key);
        if (i >= spec.maxEntries()) {
            return Errno.E2BIG.neg();
        }
        if (flags == BPF_NOEXIST) {
            return Errno.EEXIST.neg();
        }
        byte[] old = userValue((int) i);
        splitPerCpu(value, values[(int) i], spec.valueSize());
        observers.fire(key, old, userValue((int) i), -1, MapChange.Origin.USER);
        return 0;
    }

    private int updateChecks(byte[] key, long flags) {
        if (Long.compareUnsigned(flags & ~BPF_F_LOCK, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        if (index(key) >= spec.maxEntries()) {
            return Errno.E2BIG.neg();
        }
        if ((flags & BPF_NOEXIST) != 0) {
            return Errno.EEXIST.neg();
        }
        return 0;
    }

    @Override
    public int userDelete(byte[] key) {
        return Errno.EINVAL.neg();
    }

    /** Arrays cannot lose entries: clearing zeroes every value in place. */
    @Override
    public void clear() {
        for (int i = 0; i < values.length; i++) {
            byte[] old = userValue(i);
            boolean changed = false;
            for (byte[] copy : values[i]) {
                for (int j = 0; j < copy.length; j++) {
                    changed |= copy[j] != 0;
                    copy[j] = 0;
                }
            }
            if (changed) {
                observers.fire(le32(i), old, userValue(i), -1, MapChange.Origin.USER);
            }
        }
    }

    /** Every value's bytes; restored into the same arrays (value pointers stay live). */
    @Override
    public Object snapshot() {
        byte[][][] copy = new byte[values.length][][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = new byte[values[i].length][];
            for (int c = 0; c < values[i].length; c++) {
                copy[i][c] = values[i][c].clone();
            }
        }
        return copy;
    }

    @Override
    public void restore(Object snapshot) {
        byte[][][] copy = (byte[][][]) snapshot;
        for (int i = 0; i < values.length; i++) {
            for (int c = 0; c < values[i].length; c++) {
                System.arraycopy(copy[i][c], 0, values[i][c], 0, values[i][c].length);
            }
        }
    }
}
