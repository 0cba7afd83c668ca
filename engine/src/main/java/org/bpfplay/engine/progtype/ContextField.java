package org.bpfplay.engine.progtype;

/**
 * One field of a context struct as a program sees it.
 *
 * @param name   the C field name ({@code len}, {@code cb[0]}, {@code data_end})
 * @param offset byte offset in the struct
 * @param size   size in bytes
 * @param kind   a plain value, or a pointer the runtime supplies (packet start/end/meta, socket)
 * @param access what a program of the owning type may do with it
 * @param doc    a one-line description for the UI
 */
public record ContextField(String name, int offset, int size, Kind kind, Access access, String doc) {

    /** What the field holds. */
    public enum Kind {
        /** A number stored in the context bytes. */
        VALUE,
        /** Pointer to the first packet byte the program may access (u32 in the struct, 64-bit in a register). */
        PACKET_DATA,
        /** Pointer one past the last directly accessible packet byte. */
        PACKET_END,
        /** Pointer to the metadata in front of the packet. */
        PACKET_META,
        /** Pointer to a socket ({@code struct bpf_sock}). */
        SOCKET
    }

    /** Access rules, as the kernel's is_valid_access callbacks decide them. */
    public enum Access {
        READ_ONLY("r"), READ_WRITE("rw"), NONE("-");

        public final String label;

        Access(String label) {
            this.label = label;
        }
    }

    public boolean isPointer() {
        return kind != Kind.VALUE;
    }

    @Override
    public String toString() {
        return name + " @" + offset + " (" + size + " bytes, " + access.label + ")";
    }
}
