package org.bpfplay.engine.maps;

import java.util.ArrayList;
import java.util.List;

/** What every map has: its spec, the CPU count, its listeners; plus shared byte helpers. */
abstract class MapBase {
    final MapSpec spec;
    final int cpus;
    final MapObservers observers;

    MapBase(MapSpec spec, int cpus) {
        this.spec = spec;
        this.cpus = cpus;
        this.observers = new MapObservers(spec.name());
    }

    public MapSpec spec() {
        return spec;
    }

    public int cpus() {
        return cpus;
    }

    public MapObservers observers() {
        return observers;
    }

    /** The map's definition in the command-line form, e.g. {@code counts:hash:4:8:16}. */
    @Override
    public String toString() {
        return spec.toString();
    }

    /** A value's size in the syscall's per-CPU layout: rounded up to 8 bytes. */
    static int roundUp8(int n) {
        return (n + 7) & ~7;
    }

    /** The little-endian u32 at the start of {@code b}. */
    static int u32(byte[] b) {
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    /** Copies the first n bytes (missing ones zero), as the kernel's memcpy of a fixed size does. */
    static byte[] take(byte[] src, int n) {
        byte[] out = new byte[n];
        System.arraycopy(src, 0, out, 0, Math.min(n, src.length));
        return out;
    }

    /** Every CPU's copy laid out as the syscall returns them. */
    static byte[] joinPerCpu(byte[][] perCpu, int valueSize) {
        int stride = roundUp8(valueSize);
        byte[] out = new byte[stride * perCpu.length];
        for (int c = 0; c < perCpu.length; c++) {
            System.arraycopy(perCpu[c], 0, out, c * stride, valueSize);
        }
        return out;
    }

    /** Copies the syscall's per-CPU layout into each CPU's buffer. */
    static void splitPerCpu(byte[] value, byte[][] perCpu, int valueSize) {
        int stride = roundUp8(valueSize);
        for (int c = 0; c < perCpu.length; c++) {
            for (int i = 0; i < valueSize; i++) {
                int at = c * stride + i;
                perCpu[c][i] = at < value.length ? value[at] : 0;
            }
        }
    }

    /** get_next_key from the start, then lookup, as bpftool's dump does; bounded for safety. */
    static List<MapEntry> dump(BpfMap map) {
        List<MapEntry> out = new ArrayList<>();
        byte[] key = null;
        long limit = 2L * map.spec().maxEntries() + 16;
        for (long n = 0; n < limit; n++) {
            byte[] next = new byte[map.spec().keySize()];
            if (map.getNextKey(key, next) != 0) {
                break;
            }
            UserLookup v = map.userLookup(next);
            if (v.ok()) {
                out.add(new MapEntry(next, v.value()));
            }
            key = next;
        }
        return out;
    }
}
