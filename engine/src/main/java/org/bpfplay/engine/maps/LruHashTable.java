package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

import java.util.ArrayList;
import java.util.List;

/**
 * BPF_MAP_TYPE_LRU_HASH and BPF_MAP_TYPE_LRU_PERCPU_HASH (kernel/bpf/hashtab.c over
 * {@link LruList}). A full map never answers -E2BIG: a new key takes a preallocated element,
 * evicting old entries when none is free. As in the kernel:
 * <ul>
 *   <li>the element is taken BEFORE the flags are checked, so even an update that then fails
 *       (-EEXIST, -ENOENT) may have evicted entries;</li>
 *   <li>an LRU hash update always uses a new element (the replaced one is freed, its reference bit
 *       set on the new one); an LRU per-CPU hash updates a present key in place and sets its
 *       reference bit, and takes no element for BPF_EXIST;</li>
 *   <li>any flag above BPF_EXIST (BPF_F_LOCK included) is -EINVAL;</li>
 *   <li>elements are reused: a value buffer a program holds is overwritten when its element is
 *       evicted and given to another key (the kernel's memory behaves the same).</li>
 * </ul>
 * The kernel's eviction depends on which CPU each operation runs on; programs give theirs, and
 * user-space operations run on {@link #userCpu()} (0 unless set), like a process pinned to a CPU.
 */
public final class LruHashTable extends MapBase implements BpfMap {

    /** A preallocated element: list membership plus the value memory it carries between keys. */
    private static final class Elem extends LruList.Node {
        final byte[][] copies;
        Entry entry;

        Elem(int copies, int valueSize) {
            this.copies = new byte[copies][valueSize];
        }
    }

    private static final class Entry extends HashBuckets.Elem {
        final Elem elem;

        Entry(byte[] key, int hash, Elem elem) {
            super(key, hash);
            this.elem = elem;
        }
    }

    private final boolean percpu;
    private final HashBuckets<Entry> table;
    private final LruList lru;
    /** Every preallocated element, for debugger snapshots. */
    private final Elem[] elems;
    private int userCpu;

    LruHashTable(MapSpec spec, int cpus) {
        super(spec, cpus);
        percpu = spec.type() == MapType.LRU_PERCPU_HASH;
        table = new HashBuckets<>(spec.keySize(), spec.maxEntries(), 0);
        lru = new LruList((spec.flags() & MapFlags.BPF_F_NO_COMMON_LRU) != 0, cpus, this::evict);
        elems = new Elem[spec.maxEntries()];
        for (int i = 0; i < elems.length; i++) {
            elems[i] = new Elem(percpu ? cpus : 1, spec.valueSize());
        }
        lru.populate(elems);
    }

    /** The CPU user-space operations run on. */
    public int userCpu() {
        return userCpu;
    }

    public void setUserCpu(int cpu) {
        if (cpu < 0 || cpu >= cpus) {
            throw new IllegalArgumentException("cpu " + cpu + " out of 0.." + (cpus - 1));
        }
        userCpu = cpu;
    }

    /** How many entries are stored. */
    public int size() {
        return table.size();
    }

    /** htab_lru_map_delete_node: the LRU takes an element away from its key. */
    private boolean evict(LruList.Node node) {
        Elem e = (Elem) node;
        if (e.entry == null || !table.remove(e.entry)) {
            return false;
        }
        Entry gone = e.entry;
        e.entry = null;
        observers.fire(gone.key, view(e, -1), null, -1, MapChange.Origin.EVICTION);
        return true;
    }

    private byte[] view(Elem e, int cpu) {
        if (!percpu) {
            return e.copies[0].clone();
        }
        return cpu < 0 ? joinPerCpu(e.copies, spec.valueSize()) : e.copies[cpu].clone();
    }

    @Override
    public byte[] lookup(byte[] key, int cpu) {
        if (cpu < 0 || cpu >= cpus) {
            return null; // bpf_map_lookup_percpu_elem with a CPU that does not exist
        }
        Entry en = table.find(key);
        if (en == null) {
            return null;
        }
        en.elem.ref = true;
        return en.elem.copies[percpu ? cpu : 0];
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        return store(key, value, flags, cpu, false, MapChange.Origin.PROGRAM);
    }

    /** onAllCpus: the value holds every CPU's copy (the syscall's per-CPU update). */
    private int store(byte[] key, byte[] value, long flags, int cpu, boolean onAllCpus, MapChange.Origin origin) {
        if (Long.compareUnsigned(flags, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        int target = onAllCpus ? -1 : cpu;
        Elem fresh = null;
        if (!percpu || flags != BPF_EXIST) {
            fresh = (Elem) lru.popFree(cpu);
            if (fresh == null) {
                return Errno.ENOMEM.neg();
            }
            if (!percpu) {
                write(fresh, value, -1);
            }
        }
        Entry old = table.find(key);
        int r = checkFlags(old != null, flags);
        if (r != 0) {
            if (fresh != null) {
                lru.pushFree(fresh);
            }
            return r;
        }
        byte[] before = old == null ? null : view(old.elem, target);
        if (percpu && old != null) {
            old.elem.ref = true;
            write(old.elem, value, target);
            observers.fire(key, before, view(old.elem, target), target, origin);
            if (fresh != null) {
                lru.pushFree(fresh);
            }
            return 0;
        }
        if (percpu) {
            for (byte[] c : fresh.copies) {
                java.util.Arrays.fill(c, (byte) 0);
            }
            write(fresh, value, target);
        }
        byte[] k = take(key, spec.keySize());
        Entry neu = new Entry(k, table.hash(k), fresh);
        fresh.entry = neu;
        if (old == null) {
            table.addHead(neu);
        } else {
            fresh.ref = true;
            table.replace(old, neu);
            old.elem.entry = null;
            lru.pushFree(old.elem);
        }
        observers.fire(key, before, view(fresh, target), target, origin);
        return 0;
    }

    private static int checkFlags(boolean present, long flags) {
        if (present && flags == BPF_NOEXIST) {
            return Errno.EEXIST.neg();
        }
        if (!present && flags == BPF_EXIST) {
            return Errno.ENOENT.neg();
        }
        return 0;
    }

    private void write(Elem e, byte[] value, int cpu) {
        if (!percpu) {
            System.arraycopy(take(value, spec.valueSize()), 0, e.copies[0], 0, spec.valueSize());
        } else if (cpu < 0) {
            splitPerCpu(value, e.copies, spec.valueSize());
        } else {
            System.arraycopy(take(value, spec.valueSize()), 0, e.copies[cpu], 0, spec.valueSize());
        }
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        Entry en = table.find(key);
        if (en == null) {
            return Errno.ENOENT.neg();
        }
        table.remove(en);
        en.elem.entry = null;
        observers.fire(en.key, view(en.elem, -1), null, -1, origin);
        lru.pushFree(en.elem);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        Entry en = table.next(key);
        if (en == null) {
            return Errno.ENOENT.neg();
        }
        System.arraycopy(en.key, 0, nextKey, 0, spec.keySize());
        return 0;
    }

    /** User-space lookups do not set the reference bit (htab_lru_map_lookup_elem_sys). */
    @Override
    public UserLookup userLookup(byte[] key) {
        Entry en = table.find(key);
        return en == null ? UserLookup.error(Errno.ENOENT) : UserLookup.found(view(en.elem, -1));
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg();
        }
        return store(key, value, flags, userCpu, percpu, MapChange.Origin.USER);
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
        List<Entry> all = new ArrayList<>(table.inOrder());
        for (Entry en : all) {
            remove(en.key, MapChange.Origin.USER);
        }
    }

    /** The buckets, the LRU lists (recency order), each element's entry and value bytes, and the user CPU. */
    @Override
    public Object snapshot() {
        Entry[] entries = new Entry[elems.length];
        byte[][][] bytes = new byte[elems.length][][];
        for (int i = 0; i < elems.length; i++) {
            entries[i] = elems[i].entry;
            bytes[i] = new byte[elems[i].copies.length][];
            for (int c = 0; c < bytes[i].length; c++) {
                bytes[i][c] = elems[i].copies[c].clone();
            }
        }
        return new Object[] {table.snapshot(), lru.snapshot(elems), entries, bytes, userCpu};
    }

    /** Elements keep their value arrays, so value pointers a program holds stay attached. */
    @Override
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        table.restore(s[0]);
        lru.restore(s[1], elems);
        Entry[] entries = (Entry[]) s[2];
        byte[][][] bytes = (byte[][][]) s[3];
        for (int i = 0; i < elems.length; i++) {
            elems[i].entry = entries[i];
            for (int c = 0; c < bytes[i].length; c++) {
                System.arraycopy(bytes[i][c], 0, elems[i].copies[c], 0, bytes[i][c].length);
            }
        }
        userCpu = (Integer) s[4];
    }
}
