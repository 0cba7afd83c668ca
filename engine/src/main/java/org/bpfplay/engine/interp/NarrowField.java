package org.bpfplay.engine.interp;

/**
 * A context field stored in the context's bytes whose kernel counterpart is narrower than the
 * field, such as {@code __sk_buff->protocol} (4 bytes in the struct, a 2-byte {@code skb->protocol}
 * in the kernel). The kernel rewrites a narrow load of such a field into a load of the kernel
 * field: a load of at least {@code kernelSize} bytes returns the whole kernel value wherever it
 * starts inside the field, and a smaller load returns that value shifted right by its byte
 * position in the field (little-endian) and masked to its size.
 *
 * @param name       the field name, for messages
 * @param offset     byte offset inside the context
 * @param size       the field's size in the context struct (4 for __sk_buff fields)
 * @param kernelSize the size the kernel's rewrite loads (1 or 2)
 */
public record NarrowField(String name, int offset, int size, int kernelSize) {
    public NarrowField {
        if (offset < 0 || size <= 0 || size > 8 || kernelSize <= 0 || kernelSize >= size) {
            throw new IllegalArgumentException("narrow field " + name + ": bad offset/size/kernelSize "
                    + offset + "/" + size + "/" + kernelSize);
        }
    }

    /** True if a load of {@code len} bytes at {@code off} lies inside this field and is narrower than it. */
    boolean isNarrowLoad(long off, int len) {
        return off >= offset && off + len <= offset + size && len < size;
    }

    /** What the kernel's rewrite gives for such a load, given the field's stored value. */
    long narrowValue(long fieldValue, long off, int len) {
        long value = fieldValue & mask(kernelSize);
        if (len >= kernelSize) {
            return value;
        }
        return (value >>> ((off - offset) * 8)) & mask(len);
    }

    private static long mask(int bytes) {
        return bytes >= 8 ? -1L : (1L << (bytes * 8)) - 1;
    }
}
