package org.bpfplay.engine.maps;

import java.util.List;

/**
 * A live eBPF map. Two faces, each with the kernel's return codes (0 or a negative {@link Errno}):
 *
 * <ul>
 *   <li>the helpers a program calls ({@link #lookup}, {@link #update}, {@link #delete},
 *       {@link #push}, {@link #pop}, {@link #peek}), given the simulated CPU the program runs on;</li>
 *   <li>the bpf syscall user space uses ({@code user*}, {@link #getNextKey}, {@link #entries},
 *       {@link #clear}), where per-CPU values are every CPU's copy, each rounded up to 8 bytes.</li>
 * </ul>
 *
 * {@link #lookup} returns the LIVE value buffer: a program reads and writes it in place, and it stays
 * valid (the same array) until the entry is deleted or replaced. Its length is the map's value size.
 * Operations a type does not have return {@code -ENOTSUPP} (or null); the kernel's verifier refuses
 * such calls before they could run, so no program sees those codes.
 */
public sealed interface BpfMap
        permits ArrayMap, HashTable, LruHashTable, LpmTrie, QueueStackMap, RingBuffer, BloomFilter,
        ProgArray, PerfEventArray, StackTraceMap, MapOfMaps {

    /** The definition the map was created from (max_entries as the kernel adjusted it). */
    MapSpec spec();

    /** The number of simulated CPUs (the kernel's num_possible_cpus()). */
    int cpus();

    /** Where to register change listeners. */
    MapObservers observers();

    default String name() {
        return spec().name();
    }

    default MapType type() {
        return spec().type();
    }

    // ---------------------------------------------------------------- helpers (programs)

    /** bpf_map_lookup_elem: the live value buffer of {@code cpu}'s copy, or null. */
    default byte[] lookup(byte[] key, int cpu) {
        return null;
    }

    /** bpf_map_update_elem with BPF_ANY / BPF_NOEXIST / BPF_EXIST / BPF_F_LOCK. */
    default int update(byte[] key, byte[] value, long flags, int cpu) {
        return Errno.ENOTSUPP.neg();
    }

    /** bpf_map_delete_elem. */
    default int delete(byte[] key, int cpu) {
        return Errno.ENOTSUPP.neg();
    }

    /** bpf_map_push_elem (queue, stack, bloom filter). */
    default int push(byte[] value, long flags, int cpu) {
        return Errno.ENOTSUPP.neg();
    }

    /** bpf_map_pop_elem: fills {@code out} (value size bytes; zeroed when empty). */
    default int pop(byte[] out, int cpu) {
        return Errno.ENOTSUPP.neg();
    }

    /** bpf_map_peek_elem: fills {@code out}; for a bloom filter {@code out} is the value tested. */
    default int peek(byte[] out, int cpu) {
        return Errno.ENOTSUPP.neg();
    }

    // ---------------------------------------------------------------- the syscall (user space)

    /**
     * BPF_MAP_GET_NEXT_KEY: the key after {@code key} ({@code null}: the first) written into
     * {@code nextKey}; {@code -ENOENT} after the last.
     */
    default int getNextKey(byte[] key, byte[] nextKey) {
        return Errno.ENOTSUPP.neg();
    }

    /** BPF_MAP_LOOKUP_ELEM: a copy of the value (per-CPU: all CPUs, each rounded up to 8 bytes). */
    default UserLookup userLookup(byte[] key) {
        return UserLookup.error(Errno.ENOTSUPP);
    }

    /** BPF_MAP_UPDATE_ELEM (per-CPU maps take every CPU's value, each rounded up to 8 bytes). */
    default int userUpdate(byte[] key, byte[] value, long flags) {
        return Errno.ENOTSUPP.neg();
    }

    /** BPF_MAP_DELETE_ELEM. */
    default int userDelete(byte[] key) {
        return Errno.ENOTSUPP.neg();
    }

    /** BPF_MAP_LOOKUP_AND_DELETE_ELEM (queue/stack: pop). */
    default UserLookup userLookupAndDelete(byte[] key) {
        return UserLookup.error(Errno.ENOTSUPP);
    }

    /**
     * The contents in the order the kernel's dump shows them (get_next_key from the start, then a
     * lookup of each key). Types without keys list their contents in their own order.
     */
    default List<MapEntry> entries() {
        return MapBase.dump(this);
    }

    /** Empties the map as user space would (arrays: every value zeroed). */
    void clear();

    /**
     * The map's whole state (contents, order, positions, recency) for the debugger to put back with
     * {@link #restore}; value arrays a program may hold stay the same objects across a restore.
     */
    Object snapshot();

    /** Puts back a {@link #snapshot} of this map, notifying no observers. */
    void restore(Object snapshot);
}
