package org.bpfplay.engine.interp;

/**
 * A context field whose value is not stored in the context's bytes but supplied by the runtime,
 * like {@code xdp_md->data}: the program loads a u32 at ctx+0 and, as in the kernel (where the
 * verifier rewrites the load), gets the full 64-bit packet pointer. Only a load of exactly
 * {@code size} bytes at {@code offset} is allowed; the value lives in the owning {@link Region}.
 *
 * @param name   the field name, for messages ({@code "data"})
 * @param offset byte offset inside the context
 * @param size   the access size the program must use (4 for xdp_md fields)
 */
public record VirtualField(String name, int offset, int size) {
    public VirtualField {
        if (offset < 0 || size <= 0 || size > 8) {
            throw new IllegalArgumentException("virtual field " + name + ": bad offset/size " + offset + "/" + size);
        }
    }

    boolean overlaps(long off, int len) {
        return off < offset + size && offset < off + len;
    }
}
