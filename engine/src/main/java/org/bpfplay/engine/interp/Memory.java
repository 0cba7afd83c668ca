package org.bpfplay.engine.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The address space of one run. A pointer is a 64-bit fake address: the region id in the high
 * 32 bits and, in the low 32 bits, the offset plus a bias of 2^31, so that walking up to 2 GiB
 * before or after a region is still attributed to that region in fault messages. Region 0 is
 * never mapped, so the null pointer (and small integers) fault as unmapped.
 *
 * The interpreter's fast path resolves an access with {@link #locateLoad}/{@link #locateStore}
 * (one bound check against a per-region limit); anything unusual (virtual context fields,
 * read-only regions, faults) goes to the slow paths, which either complete the access or record a
 * precise {@link Fault} in {@link #fault}.
 */
public final class Memory {
    /** Added to a region offset in the low 32 bits of an address. */
    public static final long BIAS = 0x8000_0000L;

    static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    Region[] regions = new Region[16];
    byte[][] data = new byte[16][];
    int[] base = new int[16];
    /** Region length for plain loads, -1 to force the slow path (virtual fields). */
    int[] loadLen = new int[16];
    /** Region length for plain stores, -1 to force the slow path (read-only, virtual fields). */
    int[] storeLen = new int[16];
    int count = 1;

    /** The pending fault of the last slow-path access, or null. */
    Fault fault;
    /** Attached while single-stepping, to report memory changes. */
    WriteJournal journal;

    public Memory() {
        loadLen[0] = -1;
        storeLen[0] = -1;
    }

    /** Adds a region and returns its id; its first byte is at {@link #address(int)}. */
    public int add(Region region) {
        if (count == regions.length) {
            int n = count * 2;
            regions = Arrays.copyOf(regions, n);
            data = Arrays.copyOf(data, n);
            base = Arrays.copyOf(base, n);
            loadLen = Arrays.copyOf(loadLen, n);
            storeLen = Arrays.copyOf(storeLen, n);
        }
        int id = count++;
        regions[id] = region;
        data[id] = region.bytes();
        base[id] = region.offset();
        loadLen[id] = region.needsSlowLoads() ? -1 : region.length();
        storeLen[id] = region.writable() && !region.hasVirtualFields() ? region.length() : -1;
        return id;
    }

    /** The address of a region's first byte. */
    public static long address(int regionId) {
        return ((long) regionId << 32) + BIAS;
    }

    /** The address of a byte inside a region. */
    public static long address(int regionId, int offset) {
        return address(regionId) + offset;
    }

    /** The region id an address falls in (whether or not it is mapped or in bounds). */
    public static long regionIdOf(long address) {
        return address >>> 32;
    }

    /** The offset of an address relative to the start of the region {@link #regionIdOf} names. */
    public static long offsetOf(long address) {
        return (address & 0xffff_ffffL) - BIAS;
    }

    public int regionCount() {
        return count;
    }

    /** The region with this id, or null (id 0 and unknown ids). */
    public Region region(int id) {
        return id > 0 && id < count ? regions[id] : null;
    }

    /** All regions, id 1 first. */
    public List<Region> regions() {
        return List.of(Arrays.copyOfRange(regions, 1, count));
    }

    /** Drops regions added after the first {@code newCount} (used when a snapshot is restored). */
    void truncate(int newCount) {
        for (int i = newCount; i < count; i++) {
            regions[i] = null;
            data[i] = null;
        }
        count = newCount;
    }

    // ---- fast-path resolution -------------------------------------------------------------

    /** {@code id << 32 | index into data[id]} for a plain load, or -1 if the slow path must decide. */
    long locateLoad(long a, int size) {
        long id = a >>> 32;
        long off = (a & 0xffff_ffffL) - BIAS;
        if (id >= count || off < 0 || off > loadLen[(int) id] - size) {
            return -1;
        }
        return id << 32 | (base[(int) id] + off);
    }

    /** Like {@link #locateLoad} for a plain store. */
    long locateStore(long a, int size) {
        long id = a >>> 32;
        long off = (a & 0xffff_ffffL) - BIAS;
        if (id >= count || off < 0 || off > storeLen[(int) id] - size) {
            return -1;
        }
        return id << 32 | (base[(int) id] + off);
    }

    static long get(byte[] d, int i, int size) {
        switch (size) {
            case 1:
                return d[i] & 0xffL;
            case 2:
                return (short) LE16.get(d, i) & 0xffffL;
            case 4:
                return (int) LE32.get(d, i) & 0xffff_ffffL;
            default:
                return (long) LE64.get(d, i);
        }
    }

    static void put(byte[] d, int i, int size, long v) {
        switch (size) {
            case 1:
                d[i] = (byte) v;
                break;
            case 2:
                LE16.set(d, i, (short) v);
                break;
            case 4:
                LE32.set(d, i, (int) v);
                break;
            default:
                LE64.set(d, i, v);
                break;
        }
    }

    /** A fast-path store through a located slot; journals when stepping. */
    void putLocated(long slot, int size, long v) {
        int id = (int) (slot >>> 32);
        int i = (int) slot;
        if (journal != null) {
            journal.record(id, i - base[id], data[id], i, size);
        }
        put(data[id], i, size, v);
    }

    // ---- slow paths -------------------------------------------------------------------------

    /** A load the fast path refused: a virtual or narrow field, plain bytes of a context, or a fault. */
    long loadSlow(long a, int size, int pc) {
        Region r = check(a, size, pc, "load");
        if (r == null) {
            return 0;
        }
        long off = offsetOf(a);
        List<VirtualField> fields = r.virtualFields();
        for (int f = 0; f < fields.size(); f++) {
            VirtualField vf = fields.get(f);
            if (vf.overlaps(off, size)) {
                if (vf.offset() == off && vf.size() == size) {
                    return r.virtualValueAt(f);
                }
                fault = new Fault(FaultKind.BAD_CONTEXT_ACCESS, pc, a, r.name(), size, size + "-byte load at offset "
                        + off + " of " + r.name() + " must read field " + vf.name() + " whole ("
                        + vf.size() + " bytes at offset " + vf.offset() + ")");
                return 0;
            }
        }
        for (NarrowField nf : r.narrowFields()) {
            if (nf.isNarrowLoad(off, size)) {
                long stored = get(r.bytes(), r.offset() + nf.offset(), nf.size());
                return nf.narrowValue(stored, off, size);
            }
        }
        return get(r.bytes(), (int) (r.offset() + off), size);
    }

    /** A store the fast path refused: plain bytes of a context, or a fault. True if it was done. */
    boolean storeSlow(long a, int size, long v, int pc) {
        long slot = locateWritable(a, size, pc);
        if (slot < 0) {
            return false;
        }
        putLocated(slot, size, v);
        return true;
    }

    /** The slot of a writable access (stores, atomics), or -1 with {@link #fault} set. */
    long locateWritable(long a, int size, int pc) {
        Region r = check(a, size, pc, "store");
        if (r == null) {
            return -1;
        }
        long off = offsetOf(a);
        if (!r.writable()) {
            fault = new Fault(FaultKind.READ_ONLY, pc, a, r.name(), size, size + "-byte store at offset " + off
                    + " of read-only " + r);
            return -1;
        }
        for (VirtualField vf : r.virtualFields()) {
            if (vf.overlaps(off, size)) {
                fault = new Fault(FaultKind.READ_ONLY, pc, a, r.name(), size, size + "-byte store at offset " + off
                        + " of " + r.name() + " hits read-only field " + vf.name());
                return -1;
            }
        }
        int id = (int) regionIdOf(a);
        return (long) id << 32 | (r.offset() + off);
    }

    /** The region an access falls in whole, or null with {@link #fault} set. */
    private Region check(long a, int size, int pc, String what) {
        long id = regionIdOf(a);
        long off = offsetOf(a);
        Region r = id > 0 && id < count ? regions[(int) id] : null;
        if (r == null) {
            fault = new Fault(FaultKind.UNMAPPED, pc, a, null, size, size + "-byte " + what + " at 0x"
                    + Long.toHexString(a) + (a == 0 ? " (null pointer)" : "") + ": no memory there");
            return null;
        }
        if (off < 0 || off + size > r.length()) {
            fault = new Fault(FaultKind.OUT_OF_BOUNDS, pc, a, r.name(), size, size + "-byte " + what + " at offset "
                    + off + " of " + r + (r.length() < size ? " (the region is only " + r.length() + " bytes)"
                    : " (valid offsets 0.." + (r.length() - size) + ")"));
            return null;
        }
        return r;
    }

    // ---- checked access for helpers and the debugger ---------------------------------------

    /** Loads {@code size} (1, 2, 4, 8) bytes; on a fault returns 0 and sets {@link #fault}. */
    public long load(long a, int size, int pc) {
        long slot = locateLoad(a, size);
        return slot < 0 ? loadSlow(a, size, pc) : get(data[(int) (slot >>> 32)], (int) slot, size);
    }

    /** Stores {@code size} bytes; false (with {@link #fault}) if not allowed. */
    public boolean store(long a, int size, long v, int pc) {
        long slot = locateStore(a, size);
        if (slot < 0) {
            return storeSlow(a, size, v, pc);
        }
        putLocated(slot, size, v);
        return true;
    }

    /** Copies {@code len} bytes at {@code a} into {@code dst}; false (with a fault) if not all readable. */
    public boolean read(long a, byte[] dst, int dstOff, int len, int pc) {
        if (len == 0) {
            return true;
        }
        Region r = check(a, len, pc, "read");
        if (r == null) {
            return false;
        }
        if (r.hasVirtualFields()) {
            for (VirtualField vf : r.virtualFields()) {
                if (vf.overlaps(offsetOf(a), len)) {
                    fault = new Fault(FaultKind.BAD_CONTEXT_ACCESS, pc, a, r.name(), len,
                            "helpers cannot read virtual context field " + vf.name());
                    return false;
                }
            }
        }
        System.arraycopy(r.bytes(), (int) (r.offset() + offsetOf(a)), dst, dstOff, len);
        return true;
    }

    /** Copies {@code len} bytes from {@code src} to {@code a}; false (with a fault) if not all writable. */
    public boolean write(long a, byte[] src, int srcOff, int len, int pc) {
        if (len == 0) {
            return true;
        }
        long slot = locateWritable(a, len, pc);
        if (slot < 0) {
            return false;
        }
        int id = (int) (slot >>> 32);
        int i = (int) slot;
        if (journal != null) {
            journal.record(id, i - base[id], data[id], i, len);
        }
        System.arraycopy(src, srcOff, data[id], i, len);
        return true;
    }

    /** The fault recorded by the last failing access, or null. */
    public Fault lastFault() {
        return fault;
    }

    void clearFault() {
        fault = null;
    }
}
