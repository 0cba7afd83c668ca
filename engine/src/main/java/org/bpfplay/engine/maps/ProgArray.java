package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_ANY;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;

/**
 * BPF_MAP_TYPE_PROG_ARRAY: slots of programs for bpf_tail_call. A slot holds a program id (what
 * the playground uses for a program fd); value_size is 4. Only user space fills slots:
 * update flags other than BPF_ANY -EINVAL, index past the end -E2BIG; delete of an empty slot
 * -ENOENT; lookup gives the program id or -ENOENT. Programs reach it only through
 * {@link #program(long)}, the tail-call target (null: the tail call falls through).
 */
public final class ProgArray extends MapBase implements BpfMap {
    private final Integer[] slots;

    ProgArray(MapSpec spec, int cpus) {
        super(spec, cpus);
        slots = new Integer[spec.maxEntries()];
    }

    /** The program in slot {@code index} for a tail call, or null when out of range or empty. */
    public Integer program(long index) {
        return index >= 0 && index < slots.length ? slots[(int) index] : null;
    }

    /** Puts program {@code progId} into a slot; the same checks as {@link #userUpdate}. */
    public int setProgram(long index, int progId) {
        return userUpdate(MapBase.le32((int) index), MapBase.le32(progId), BPF_ANY);
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        long i = ArrayIndex.of(key);
        if (i >= slots.length) {
            return Errno.E2BIG.neg();
        }
        Integer old = slots[(int) i];
        if (old == null) {
            return Errno.ENOENT.neg();
        }
        slots[(int) i] = null;
        observers.fire(key, le32(old), null, -1, origin);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return ArrayIndex.nextKey(key, nextKey, slots.length);
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        Integer p = program(ArrayIndex.of(key));
        return p == null ? UserLookup.error(Errno.ENOENT) : UserLookup.found(le32(p));
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0 || flags != BPF_ANY) {
            return Errno.EINVAL.neg();
        }
        long i = ArrayIndex.of(key);
        if (i >= slots.length) {
            return Errno.E2BIG.neg();
        }
        Integer old = slots[(int) i];
        slots[(int) i] = u32(take(value, 4));
        observers.fire(key, old == null ? null : le32(old), take(value, 4), -1, MapChange.Origin.USER);
        return 0;
    }

    @Override
    public int userDelete(byte[] key) {
        return remove(key, MapChange.Origin.USER);
    }

    @Override
    public void clear() {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                remove(le32(i), MapChange.Origin.USER);
            }
        }
    }

    /** The program id in each slot. */
    @Override
    public Object snapshot() {
        return slots.clone();
    }

    @Override
    public void restore(Object snapshot) {
        System.arraycopy((Integer[]) snapshot, 0, slots, 0, slots.length);
    }
}
