package org.bpfplay.engine.isa;

import java.util.ArrayList;
import java.util.List;

/**
 * The only place that knows how an instruction is laid out in bytes. Every slot is 8 bytes,
 * little-endian:
 *
 * <pre>
 *   byte 0      byte 1          bytes 2-3       bytes 4-7
 *  +--------+--------+--------+---------------+-------------------------------+
 *  | opcode | src:4  | dst:4  | offset (s16)  | imm (s32)                     |
 *  +--------+--------+--------+---------------+-------------------------------+
 *            high nib  low nib
 *
 *  opcode, ALU/JMP classes:        opcode, LD/LDX/ST/STX classes:
 *  +------------+---+-------+      +--------+------+-------+
 *  | op (4)     | S | class |      | mode 3 | size | class |
 *  +------------+---+-------+      +--------+------+-------+
 * </pre>
 *
 * LD_IMM64 (0x18) takes two slots; the second has opcode, registers and offset zero, and its
 * imm holds the upper 32 bits of the constant.
 */
public final class Encoding {
    /** Bytes per instruction slot. */
    public static final int SLOT_BYTES = 8;

    private Encoding() {
    }

    /** Encodes instructions into little-endian bytes, two slots for LD_IMM64. */
    public static byte[] encode(List<Instruction> insns) {
        int slots = 0;
        for (Instruction insn : insns) {
            slots += insn.width();
        }
        byte[] out = new byte[slots * SLOT_BYTES];
        int pos = 0;
        for (Instruction insn : insns) {
            writeSlot(out, pos, insn.opcode(), insn.dst(), insn.src(), insn.offset(), (int) insn.imm());
            pos += SLOT_BYTES;
            if (insn.isWide()) {
                writeSlot(out, pos, 0, 0, 0, 0, insn.nextImm());
                pos += SLOT_BYTES;
            }
        }
        return out;
    }

    /** Encodes one instruction; 16 bytes for LD_IMM64. */
    public static byte[] encode(Instruction insn) {
        return encode(List.of(insn));
    }

    /** One slot as 16 hex digits, bytes in memory order (the CLI's {@code asm} format). */
    public static String slotHex(byte[] code, int slot) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < SLOT_BYTES; i++) {
            sb.append(String.format("%02x", code[slot * SLOT_BYTES + i] & 0xff));
        }
        return sb.toString();
    }

    private static void writeSlot(byte[] out, int pos, int opcode, int dst, int src, int off, int imm) {
        out[pos] = (byte) opcode;
        out[pos + 1] = (byte) ((src << 4) | (dst & 0x0f));
        out[pos + 2] = (byte) off;
        out[pos + 3] = (byte) (off >> 8);
        out[pos + 4] = (byte) imm;
        out[pos + 5] = (byte) (imm >> 8);
        out[pos + 6] = (byte) (imm >> 16);
        out[pos + 7] = (byte) (imm >> 24);
    }

    /** Result of {@link #decode}: the instructions that could be read, and what was malformed. */
    public record Decoded(List<Instruction> instructions, List<DecodeError> errors) {
        public Decoded {
            instructions = List.copyOf(instructions);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Decodes raw little-endian bytes. Only layout errors are reported here (a length that is not
     * a multiple of 8, an LD_IMM64 without or with a malformed second slot); whether each
     * instruction's fields make sense is {@link InsnCheck}'s business. A truncated trailing
     * LD_IMM64 is dropped, a malformed second slot is reported and still combined.
     */
    public static Decoded decode(byte[] code) {
        List<Instruction> insns = new ArrayList<>();
        List<DecodeError> errors = new ArrayList<>();
        int slots = code.length / SLOT_BYTES;
        if (code.length % SLOT_BYTES != 0) {
            errors.add(new DecodeError(slots, "program length " + code.length
                    + " bytes is not a multiple of 8 (trailing " + code.length % SLOT_BYTES + " bytes)"));
        }
        for (int slot = 0; slot < slots; slot++) {
            int p = slot * SLOT_BYTES;
            int opcode = code[p] & 0xff;
            int regs = code[p + 1] & 0xff;
            int off = (short) ((code[p + 2] & 0xff) | (code[p + 3] << 8));
            int imm = readInt(code, p + 4);
            if (opcode != Instruction.LD_IMM64) {
                insns.add(new Instruction(opcode, regs & 0x0f, regs >>> 4, off, imm));
                continue;
            }
            if (slot + 1 >= slots) {
                errors.add(new DecodeError(slot, "ld_imm64 (0x18) is missing its second half: the program ends"));
                break;
            }
            int q = p + SLOT_BYTES;
            if (code[q] != 0 || code[q + 1] != 0 || code[q + 2] != 0 || code[q + 3] != 0) {
                errors.add(new DecodeError(slot + 1, "second half of ld_imm64 must have opcode, registers and offset 0"));
            }
            long value = ((long) readInt(code, q + 4) << 32) | (imm & 0xffffffffL);
            insns.add(new Instruction(opcode, regs & 0x0f, regs >>> 4, off, value));
            slot++;
        }
        return new Decoded(insns, errors);
    }

    private static int readInt(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
    }
}
