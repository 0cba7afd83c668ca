package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * BPF_MAP_TYPE_HASH and BPF_MAP_TYPE_PERCPU_HASH (kernel/bpf/hashtab.c). Rules:
 * <ul>
 *   <li>update: unknown flags -EINVAL; BPF_NOEXIST on a present key -EEXIST; BPF_EXIST on an absent
 *       key -ENOENT; a new key when max_entries are stored -E2BIG (replacing always works);</li>
 *   <li>a plain hash replaces the whole element: the new value gets a NEW buffer placed at the head
 *       of its bucket, a buffer a program got before keeps the old bytes (as the kernel's freed
 *       element does until reused). A per-CPU hash updates in place;</li>
 *   <li>a program's update of a new per-CPU key sets the current CPU's copy and zeroes the others;</li>
 *   <li>iteration order: see {@link HashBuckets} (seed 0, the kernel's BPF_F_ZERO_SEED order).</li>
 * </ul>
 */
public final class HashTable extends MapBase implements BpfMap {

    private static final class Slot extends HashBuckets.Elem {
        final byte[][] copies;

        Slot(byte[] key, int hash, byte[][] copies) {
            super(key, hash);
            this.copies = copies;
        }
    }

    private final boolean percpu;
    private final HashBuckets<Slot> table;

    HashTable(MapSpec spec, int cpus) {
        super(spec, cpus);
        percpu = spec.type() == MapType.PERCPU_HASH;
        table = new HashBuckets<>(spec.keySize(), spec.maxEntries(), 0);
    }

    /** How many entries are stored. */
    public int size() {
        return table.size();
    }

    @Override
    public byte[] lookup(byte[] key, int cpu) {
        if (cpu < 0 || cpu >= cpus) {
            return null; // bpf_map_lookup_percpu_elem with a CPU that does not exist
        }
        Slot s = table.find(key);
        return s == null ? null : s.copies[percpu ? cpu : 0];
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        if (percpu ? Long.compareUnsigned(flags, BPF_EXIST) > 0
                : Long.compareUnsigned(flags & ~BPF_F_LOCK, BPF_EXIST) > 0 || (flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg(); // unknown flags, or BPF_F_LOCK without a spin lock
        }
        return store(key, value, flags, cpu, MapChange.Origin.PROGRAM);
    }

    private static int checkFlags(boolean present, long flags) {
        long f = flags & ~BPF_F_LOCK;
        if (present && f == BPF_NOEXIST) {
            return Errno.EEXIST.neg();
        }
        if (!present && f == BPF_EXIST) {
            return Errno.ENOENT.neg();
        }
        return 0;
    }

    /** The shared update path; cpu -1 means the value holds every CPU's copy (the syscall). */
    private int store(byte[] key, byte[] value, long flags, int cpu, MapChange.Origin origin) {
        Slot old = table.find(key);
        int r = checkFlags(old != null, flags);
        if (r != 0) {
            return r;
        }
        byte[] before = old == null ? null : view(old, cpu);
        if (old != null && percpu) {
            write(old.copies, value, cpu);
            observers.fire(key, before, view(old, cpu), cpu, origin);
            return 0;
        }
        if (old == null && table.size() >= spec.maxEntries()) {
            return Errno.E2BIG.neg();
        }
        byte[] k = take(key, spec.keySize());
        Slot neu = new Slot(k, table.hash(k), new byte[percpu ? cpus : 1][spec.valueSize()]);
        write(neu.copies, value, cpu);
        if (old == null) {
            table.addHead(neu);
        } else {
            table.replace(old, neu);
        }
        observers.fire(key, before, view(neu, cpu), cpu, origin);
        return 0;
    }

    private void write(byte[][] copies, byte[] value, int cpu) {
        if (!percpu) {
            System.arraycopy(take(value, spec.valueSize()), 0, copies[0], 0, spec.valueSize());
        } else if (cpu < 0) {
            splitPerCpu(value, copies, spec.valueSize());
        } else {
            System.arraycopy(take(value, spec.valueSize()), 0, copies[cpu], 0, spec.valueSize());
        }
    }

    private byte[] view(Slot s, int cpu) {
        if (!percpu) {
            return s.copies[0].clone();
        }
        return cpu < 0 ? joinPerCpu(s.copies, spec.valueSize()) : s.copies[cpu].clone();
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        Slot s = table.find(key);
        if (s == null) {
            return Errno.ENOENT.neg();
        }
        table.remove(s);
        observers.fire(s.key, view(s, -1), null, -1, origin);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        Slot s = table.next(key);
        if (s == null) {
            return Errno.ENOENT.neg();
        }
        System.arraycopy(s.key, 0, nextKey, 0, spec.keySize());
        return 0;
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        Slot s = table.find(key);
        return s == null ? UserLookup.error(Errno.ENOENT) : UserLookup.found(view(s, -1));
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0 || Long.compareUnsigned(flags, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        return store(key, value, flags, -1, MapChange.Origin.USER);
    }

    @Override
    public int userDelete(byte[] key) {
        return remove(key, MapChange.Origin.USER);
    }

    @Override
    public UserLookup userLookupAndDelete(byte[] key) {
        UserLookup v = userLookup(key);
        if (v.ok()) {
            remove(key, MapChange.Origin.USER);
        }
        return v;
    }

    @Override
    public void clear() {
        List<Slot> all = new ArrayList<>(table.inOrder());
        for (Slot s : all) {
            remove(s.key, MapChange.Origin.USER);
        }
    }

    /** The buckets (which slots, in which order) and each slot's value bytes. */
    @Override
    public Object snapshot() {
        Map<Slot, byte[][]> bytes = new IdentityHashMap<>();
        for (Slot s : table.inOrder()) {
            byte[][] c = new byte[s.copies.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = s.copies[i].clone();
            }
            bytes.put(s, c);
        }
        return new Object[] {table.snapshot(), bytes};
    }

    /** Slots deleted since come back as the same objects, so their value arrays are the ones a program held. */
    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        table.restore(s[0]);
        for (Map.Entry<Slot, byte[][]> e : ((Map<Slot, byte[][]>) s[1]).entrySet()) {
            for (int i = 0; i < e.getValue().length; i++) {
                System.arraycopy(e.getValue()[i], 0, e.getKey().copies[i], 0, e.getValue()[i].length);
            }
        }
    }
}
