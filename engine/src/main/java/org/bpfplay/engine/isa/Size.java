package org.bpfplay.engine.isa;

/** Access size of loads and stores: bits 3-4 of an LD/LDX/ST/STX opcode. */
public enum Size {
    W(0x00, 4, "u32", "s32"), H(0x08, 2, "u16", "s16"), B(0x10, 1, "u8", "s8"), DW(0x18, 8, "u64", "s64");

    private static final Size[] BY_CODE = {W, H, B, DW};

    public final int code;
    public final int bytes;
    /** The C type of an unsigned access, as printed in {@code *(u32 *)(r1 + 4)}. */
    public final String unsignedType;
    /** The C type of a sign-extending (MEMSX) access. */
    public final String signedType;

    Size(int code, int bytes, String unsignedType, String signedType) {
        this.code = code;
        this.bytes = bytes;
        this.unsignedType = unsignedType;
        this.signedType = signedType;
    }

    public static Size of(int opcode) {
        return BY_CODE[(opcode >> 3) & 0x03];
    }

    public static Size ofBytes(int bytes) {
        for (Size s : values()) {
            if (s.bytes == bytes) {
                return s;
            }
        }
        throw new IllegalArgumentException("no access size of " + bytes + " bytes");
    }

    public int bits() {
        return bytes * 8;
    }
}
