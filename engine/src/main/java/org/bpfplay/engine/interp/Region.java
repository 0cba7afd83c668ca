package org.bpfplay.engine.interp;

import java.util.List;

/**
 * One addressable piece of memory: a window {@code [offset, offset + length)} of a byte array that
 * may be owned elsewhere (a map's value storage, a packet buffer). Context regions can declare
 * {@link VirtualField}s whose values the runtime sets ({@link #setVirtual}). A region never moves;
 * its address is given by {@link Memory} when it is added.
 */
public final class Region {
    private final String name;
    private final RegionKind kind;
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final boolean writable;
    private final List<VirtualField> virtualFields;
    private final long[] virtualValues;
    private final List<NarrowField> narrowFields;

    public Region(String name, RegionKind kind, byte[] bytes, int offset, int length, boolean writable,
                  List<VirtualField> virtualFields) {
        this(name, kind, bytes, offset, length, writable, virtualFields, List.of());
    }

    /** A context region whose fields may also be read narrower than the kernel stores them. */
    public Region(String name, RegionKind kind, byte[] bytes, int offset, int length, boolean writable,
                  List<VirtualField> virtualFields, List<NarrowField> narrowFields) {
        if (offset < 0 || length < 0 || (long) offset + length > bytes.length) {
            throw new IllegalArgumentException("region " + name + ": window " + offset + "+" + length
                    + " outside a " + bytes.length + "-byte array");
        }
        this.name = name;
        this.kind = kind;
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.writable = writable;
        this.virtualFields = List.copyOf(virtualFields);
        this.virtualValues = new long[this.virtualFields.size()];
        this.narrowFields = List.copyOf(narrowFields);
    }

    /** A region over a whole array without virtual fields. */
    public Region(String name, RegionKind kind, byte[] bytes, boolean writable) {
        this(name, kind, bytes, 0, bytes.length, writable, List.of());
    }

    public String name() {
        return name;
    }

    public RegionKind kind() {
        return kind;
    }

    /** The backing array (shared, not copied): bytes {@code offset()..offset()+length()} are the region. */
    public byte[] bytes() {
        return bytes;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public boolean writable() {
        return writable;
    }

    public List<VirtualField> virtualFields() {
        return virtualFields;
    }

    public boolean hasVirtualFields() {
        return !virtualFields.isEmpty();
    }

    public List<NarrowField> narrowFields() {
        return narrowFields;
    }

    /** True if loads need more than plain bytes: virtual or narrow context fields. */
    boolean needsSlowLoads() {
        return !virtualFields.isEmpty() || !narrowFields.isEmpty();
    }

    /** Sets the value a load of the named virtual field yields. */
    public void setVirtual(String fieldName, long value) {
        virtualValues[indexOf(fieldName)] = value;
    }

    public long virtualValue(String fieldName) {
        return virtualValues[indexOf(fieldName)];
    }

    long virtualValueAt(int index) {
        return virtualValues[index];
    }

    long[] virtualValues() {
        return virtualValues;
    }

    private int indexOf(String fieldName) {
        for (int i = 0; i < virtualFields.size(); i++) {
            if (virtualFields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("region " + name + " has no virtual field " + fieldName);
    }

    /** A copy of the region's current bytes. */
    public byte[] snapshotBytes() {
        byte[] out = new byte[length];
        System.arraycopy(bytes, offset, out, 0, length);
        return out;
    }

    @Override
    public String toString() {
        return name + " (" + kind.label + ", " + length + " bytes" + (writable ? "" : ", read-only") + ")";
    }
}
