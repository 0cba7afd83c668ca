package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_ANY;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_CTXLEN_MASK;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_CURRENT_CPU;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_INDEX_MASK;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_LOCK;

import java.util.ArrayList;
import java.util.List;

/**
 * BPF_MAP_TYPE_PERF_EVENT_ARRAY: slots of perf events (value_size 4). User space opens an event
 * for one CPU and stores it in a slot ({@link #openEvent}; the syscall form takes the CPU as the
 * value). bpf_perf_event_output ({@link #output}) checks, in the kernel's order: flags other than
 * the index (and the context length) -EINVAL; index BPF_F_CURRENT_CPU means the current CPU; an
 * index past the end -E2BIG; an empty slot -ENOENT; an event opened for another CPU -EOPNOTSUPP.
 * Samples are recorded in order for the UI.
 */
public final class PerfEventArray extends MapBase implements BpfMap {
    /** The CPU of the event in each slot, or null. */
    private final Integer[] events;
    private final List<PerfSample> samples = new ArrayList<>();

    PerfEventArray(MapSpec spec, int cpus) {
        super(spec, cpus);
        events = new Integer[spec.maxEntries()];
    }

    /** Opens an output event for {@code eventCpu} in slot {@code index}. */
    public int openEvent(long index, int eventCpu) {
        return userUpdate(le32((int) index), le32(eventCpu), BPF_ANY);
    }

    /** Opens an event in every slot i < cpus for CPU i, as tools usually do. */
    public void openAllCpus() {
        for (int c = 0; c < Math.min(cpus, events.length); c++) {
            openEvent(c, c);
        }
    }

    /** bpf_perf_event_output from a program running on {@code cpu}. */
    public int output(long flags, byte[] data, int cpu) {
        if ((flags & ~(BPF_F_INDEX_MASK | BPF_F_CTXLEN_MASK)) != 0) {
            return Errno.EINVAL.neg();
        }
        long index = flags & BPF_F_INDEX_MASK;
        if (index == BPF_F_CURRENT_CPU) {
            index = cpu;
        }
        if (index >= events.length) {
            return Errno.E2BIG.neg();
        }
        Integer eventCpu = events[(int) index];
        if (eventCpu == null) {
            return Errno.ENOENT.neg();
        }
        if (eventCpu != cpu) {
            return Errno.EOPNOTSUPP.neg();
        }
        PerfSample s = new PerfSample((int) index, cpu, data.clone());
        samples.add(s);
        observers.fire(le32((int) index), null, s.data(), cpu, MapChange.Origin.PROGRAM);
        return 0;
    }

    /** Every sample written so far, oldest first. */
    public List<PerfSample> samples() {
        return List.copyOf(samples);
    }

    /** Takes the samples out, as a user-space reader does. */
    public List<PerfSample> drain() {
        List<PerfSample> out = List.copyOf(samples);
        samples.clear();
        return out;
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        long i = ArrayIndex.of(key);
        if (i >= events.length) {
            return Errno.E2BIG.neg();
        }
        Integer old = events[(int) i];
        if (old == null) {
            return Errno.ENOENT.neg();
        }
        events[(int) i] = null;
        observers.fire(key, le32(old), null, -1, origin);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return ArrayIndex.nextKey(key, nextKey, events.length);
    }

    /** The kernel has no user-space lookup for perf event arrays. */
    @Override
    public UserLookup userLookup(byte[] key) {
        return UserLookup.error(Errno.ENOTSUPP);
    }

    /** Stores an event; the value is the CPU the event was opened for. */
    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        if ((flags & BPF_F_LOCK) != 0 || flags != BPF_ANY) {
            return Errno.EINVAL.neg();
        }
        long i = ArrayIndex.of(key);
        if (i >= events.length) {
            return Errno.E2BIG.neg();
        }
        Integer old = events[(int) i];
        events[(int) i] = u32(take(value, 4));
        observers.fire(key, old == null ? null : le32(old), take(value, 4), -1, MapChange.Origin.USER);
        return 0;
    }

    @Override
    public int userDelete(byte[] key) {
        return remove(key, MapChange.Origin.USER);
    }

    /** The open events: slot index and the CPU each is for. */
    @Override
    public List<MapEntry> entries() {
        List<MapEntry> out = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            if (events[i] != null) {
                out.add(new MapEntry(le32(i), le32(events[i])));
            }
        }
        return out;
    }

    /** Closes every event and forgets the samples. */
    @Override
    public void clear() {
        for (int i = 0; i < events.length; i++) {
            if (events[i] != null) {
                remove(le32(i), MapChange.Origin.USER);
            }
        }
        samples.clear();
    }

    /** The opened events and the samples output so far. */
    @Override
    public Object snapshot() {
        return new Object[] {events.clone(), new ArrayList<>(samples)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        System.arraycopy((Integer[]) s[0], 0, events, 0, events.length);
        samples.clear();
        samples.addAll((List<PerfSample>) s[1]);
    }
}
