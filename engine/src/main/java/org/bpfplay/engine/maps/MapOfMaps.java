package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_ANY;
import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_INNER_MAP;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * BPF_MAP_TYPE_ARRAY_OF_MAPS and BPF_MAP_TYPE_HASH_OF_MAPS (kernel/bpf/map_in_map.c): values are
 * references to inner maps (value_size 4: a map fd from user space, the map's id when read back;
 * here one number, the playground's map id, resolved through {@link #setResolver}). Every inner
 * map must match the template given at creation in type, key size, value size and flags, and for
 * array-like inner maps also in max_entries unless the template has BPF_F_INNER_MAP; otherwise the
 * update is -EINVAL; an id the resolver does not know is -EBADF. A program's lookup returns the
 * inner map itself ({@link #lookupMap}). Array of maps: updates take BPF_ANY only (-EINVAL),
 * indexes past the end -E2BIG; hash of maps: the hash map's flag rules and -E2BIG when full.
 */
public final class MapOfMaps extends MapBase implements BpfMap {

    private static final class Slot extends HashBuckets.Elem {
        final int id;
        final BpfMap inner;

        Slot(byte[] key, int hash, int id, BpfMap inner) {
            super(key, hash);
            this.id = id;
            this.inner = inner;
        }
    }

    private final boolean isArray;
    private final MapSpec template;
    private final Slot[] array;
    private final HashBuckets<Slot> table;
    private IntFunction<BpfMap> resolver = id -> null;

    MapOfMaps(MapSpec spec, int cpus, MapSpec template) {
        super(spec, cpus);
        this.template = template;
        isArray = spec.type() == MapType.ARRAY_OF_MAPS;
        array = isArray ? new Slot[spec.maxEntries()] : null;
        table = isArray ? null : new HashBuckets<>(spec.keySize(), spec.maxEntries(), 0);
    }

    /** The inner map definition every stored map must match. */
    public MapSpec template() {
        return template;
    }

    /** How map ids (the values user space writes) are turned into maps. */
    public void setResolver(IntFunction<BpfMap> resolver) {
        this.resolver = resolver;
    }

    /** bpf_map_lookup_elem from a program: the inner map, or null. */
    public BpfMap lookupMap(byte[] key) {
        Slot s = find(key);
        return s == null ? null : s.inner;
    }

    private Slot find(byte[] key) {
        if (isArray) {
            long i = ArrayIndex.of(key);
            return i < array.length ? array[(int) i] : null;
        }
        return table.find(key);
    }

    /** bpf_map_meta_equal plus the array max_entries rule. */
    static boolean compatible(MapSpec template, MapSpec inner) {
        if (template.type() != inner.type() || template.keySize() != inner.keySize()
                || template.valueSize() != inner.valueSize() || template.flags() != inner.flags()) {
            return false;
        }
        boolean arrayLike = inner.type() == MapType.ARRAY || inner.type() == MapType.PERCPU_ARRAY;
        return !arrayLike || (template.flags() & BPF_F_INNER_MAP) != 0 || template.maxEntries() == inner.maxEntries();
    }

    /** Stores {@code inner} under {@code id}; the checks of a user-space update. */
    public int updateMap(byte[] key, int id, BpfMap inner, long flags) {
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg();
        }
        if (isArray) {
            if (flags != BPF_ANY) {
                return Errno.EINVAL.neg();
            }
            if (ArrayIndex.of(key) >= array.length) {
                return Errno.E2BIG.neg();
            }
        }
        if (inner == null) {
            return Errno.EBADF.neg();
        }
        if (!compatible(template, inner.spec())) {
            return Errno.EINVAL.neg();
        }
        byte[] k = take(key, spec.keySize());
        Slot old = find(k);
        if (isArray) {
            array[(int) ArrayIndex.of(k)] = new Slot(k, 0, id, inner);
        } else {
            if (Long.compareUnsigned(flags, BPF_EXIST) > 0) {
                return Errno.EINVAL.neg();
            }
            if (old != null && flags == BPF_NOEXIST) {
                return Errno.EEXIST.neg();
            }
            if (old == null && flags == BPF_EXIST) {
                return Errno.ENOENT.neg();
            }
            if (old == null && table.size() >= spec.maxEntries()) {
                return Errno.E2BIG.neg();
            }
            Slot neu = new Slot(k, table.hash(k), id, inner);
            if (old == null) {
                table.addHead(neu);
            } else {
                table.replace(old, neu);
            }
        }
        observers.fire(k, old == null ? null : le32(old.id), le32(id), -1, MapChange.Origin.USER);
        return 0;
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        Slot old;
        if (isArray) {
            long i = ArrayIndex.of(key);
            if (i >= array.length) {
                return Errno.E2BIG.neg();
            }
            old = array[(int) i];
            if (old == null) {
                return Errno.ENOENT.neg();
            }
            array[(int) i] = null;
        } else {
            old = table.find(key);
            if (old == null) {
                return Errno.ENOENT.neg();
            }
            table.remove(old);
        }
        observers.fire(old.key, le32(old.id), null, -1, origin);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        if (isArray) {
            return ArrayIndex.nextKey(key, nextKey, array.length);
        }
        Slot s = table.next(key);
        if (s == null) {
            return Errno.ENOENT.neg();
        }
        System.arraycopy(s.key, 0, nextKey, 0, spec.keySize());
        return 0;
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        Slot s = find(key);
        return s == null ? UserLookup.error(Errno.ENOENT) : UserLookup.found(le32(s.id));
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        int id = u32(take(value, 4));
        return updateMap(key, id, resolver.apply(id), flags);
    }

    @Override
    public int userDelete(byte[] key) {
        return remove(key, MapChange.Origin.USER);
    }

    @Override
    public void clear() {
        List<byte[]> keys = new ArrayList<>();
        for (MapEntry e : entries()) {
            keys.add(e.key());
        }
        for (byte[] k : keys) {
            remove(k, MapChange.Origin.USER);
        }
    }

    /** The slots (which inner map each key holds); inner maps are restored on their own. */
    @Override
    public Object snapshot() {
        return isArray ? array.clone() : table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        if (isArray) {
            System.arraycopy((Slot[]) snapshot, 0, array, 0, array.length);
        } else {
            table.restore(snapshot);
        }
    }
}
