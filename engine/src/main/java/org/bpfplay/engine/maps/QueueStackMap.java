package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * BPF_MAP_TYPE_QUEUE (FIFO) and BPF_MAP_TYPE_STACK (LIFO), kernel/bpf/queue_stack_maps.c. Values
 * only, no keys:
 * <ul>
 *   <li>push: BPF_NOEXIST or any flag above BPF_EXIST -EINVAL; full -E2BIG, unless BPF_EXIST, which
 *       drops the OLDEST element to make room (for a stack too: its bottom);</li>
 *   <li>pop/peek on an empty map zero the output and return -ENOENT;</li>
 *   <li>lookup/update/delete by key: NULL / -EINVAL / -EINVAL; from user space, lookup is peek,
 *       lookup-and-delete is pop, update is push, get_next_key -EINVAL.</li>
 * </ul>
 */
public final class QueueStackMap extends MapBase implements BpfMap {
    private final boolean stack;
    /** Oldest first. */
    private final Deque<byte[]> elements = new ArrayDeque<>();

    QueueStackMap(MapSpec spec, int cpus) {
        super(spec, cpus);
        stack = spec.type() == MapType.STACK;
    }

    /** Number of stored values. */
    public int size() {
        return elements.size();
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        return Errno.EINVAL.neg();
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return Errno.EINVAL.neg();
    }

    @Override
    public int push(byte[] value, long flags, int cpu) {
        return push(value, flags, cpu, MapChange.Origin.PROGRAM);
    }

    private int push(byte[] value, long flags, int cpu, MapChange.Origin origin) {
        if ((flags & BPF_NOEXIST) != 0 || Long.compareUnsigned(flags, BPF_EXIST) > 0) {
            return Errno.EINVAL.neg();
        }
        if (elements.size() >= spec.maxEntries()) {
            if ((flags & BPF_EXIST) == 0) {
                return Errno.E2BIG.neg();
            }
            byte[] dropped = elements.pollFirst();
            observers.fire(null, dropped, null, -1, origin);
        }
        byte[] v = take(value, spec.valueSize());
        elements.addLast(v);
        observers.fire(null, null, v, -1, origin);
        return 0;
    }

    @Override
    public int pop(byte[] out, int cpu) {
        return get(out, true, MapChange.Origin.PROGRAM);
    }

    @Override
    public int peek(byte[] out, int cpu) {
        return get(out, false, MapChange.Origin.PROGRAM);
    }

    private int get(byte[] out, boolean delete, MapChange.Origin origin) {
        if (elements.isEmpty()) {
            Arrays.fill(out, 0, Math.min(out.length, spec.valueSize()), (byte) 0);
            return Errno.ENOENT.neg();
        }
        byte[] v = stack ? elements.peekLast() : elements.peekFirst();
        System.arraycopy(v, 0, out, 0, Math.min(out.length, v.length));
        if (delete) {
            if (stack) {
                elements.pollLast();
            } else {
                elements.pollFirst();
            }
            observers.fire(null, v, null, -1, origin);
        }
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return Errno.EINVAL.neg();
    }

    @Override
    public UserLookup userLookup(byte[] key) {
        byte[] out = new byte[spec.valueSize()];
        int r = get(out, false, MapChange.Origin.USER);
        return r == 0 ? UserLookup.found(out) : new UserLookup(r, null);
    }

    @Override
    public UserLookup userLookupAndDelete(byte[] key) {
        byte[] out = new byte[spec.valueSize()];
        int r = get(out, true, MapChange.Origin.USER);
        return r == 0 ? UserLookup.found(out) : new UserLookup(r, null);
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0) {
            return Errno.EINVAL.neg();
        }
        return push(value, flags, 0, MapChange.Origin.USER);
    }

    @Override
    public int userDelete(byte[] key) {
        return Errno.EINVAL.neg();
    }

    /** The stored values, oldest first (a stack pops from the end of this list). */
    @Override
    public List<MapEntry> entries() {
        List<MapEntry> out = new ArrayList<>();
        for (byte[] v : elements) {
            out.add(new MapEntry(null, v.clone()));
        }
        return out;
    }

    @Override
    public void clear() {
        while (!elements.isEmpty()) {
            observers.fire(null, elements.pollFirst(), null, -1, MapChange.Origin.USER);
        }
    }

    /** The stored values, oldest first. */
    @Override
    public Object snapshot() {
        List<byte[]> copy = new ArrayList<>();
        for (byte[] v : elements) {
            copy.add(v.clone());
        }
        return copy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        elements.clear();
        for (byte[] v : (List<byte[]>) snapshot) {
            elements.addLast(v.clone());
        }
    }
}
