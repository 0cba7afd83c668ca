package org.bpfplay.engine.jit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The bytecode of one method being written: opcodes, local variable access, constants, branches to
 * {@link Label}s (16-bit offsets, patched at the end) and a lookupswitch. Every placed label gets a
 * StackMapTable frame; the translator keeps the operand stack empty and the locals layout fixed at
 * every label, so all those frames are the same one and {@link ClassFile} writes them compactly.
 */
final class CodeBuffer {
    static final int LCONST_0 = 0x09;
    static final int LCONST_1 = 0x0a;
    static final int BIPUSH = 0x10;
    static final int SIPUSH = 0x11;
    static final int LDC = 0x12;
    static final int LDC_W = 0x13;
    static final int LDC2_W = 0x14;
    static final int ILOAD = 0x15;
    static final int LLOAD = 0x16;
    static final int ALOAD = 0x19;
    static final int ISTORE = 0x36;
    static final int LSTORE = 0x37;
    static final int LALOAD = 0x2f;
    static final int LASTORE = 0x50;
    static final int POP2 = 0x58;
    static final int IADD = 0x60;
    static final int LADD = 0x61;
    static final int ISUB = 0x64;
    static final int LSUB = 0x65;
    static final int IMUL = 0x68;
    static final int LMUL = 0x69;
    static final int INEG = 0x74;
    static final int LNEG = 0x75;
    static final int ISHL = 0x78;
    static final int LSHL = 0x79;
    static final int ISHR = 0x7a;
    static final int LSHR = 0x7b;
    static final int IUSHR = 0x7c;
    static final int LUSHR = 0x7d;
    static final int IAND = 0x7e;
    static final int LAND = 0x7f;
    static final int IOR = 0x80;
    static final int LOR = 0x81;
    static final int IXOR = 0x82;
    static final int LXOR = 0x83;
    static final int I2L = 0x85;
    static final int L2I = 0x88;
    static final int I2B = 0x91;
    static final int I2S = 0x93;
    static final int LCMP = 0x94;
    static final int IFEQ = 0x99;
    static final int IFNE = 0x9a;
    static final int IFLT = 0x9b;
    static final int IFGE = 0x9c;
    static final int IFGT = 0x9d;
    static final int IFLE = 0x9e;
    static final int IF_ICMPEQ = 0x9f;
    static final int IF_ICMPNE = 0xa0;
    static final int IF_ICMPLT = 0xa1;
    static final int IF_ICMPGE = 0xa2;
    static final int IF_ICMPGT = 0xa3;
    static final int IF_ICMPLE = 0xa4;
    static final int GOTO = 0xa7;
    static final int LOOKUPSWITCH = 0xab;
    static final int LRETURN = 0xad;
    static final int RETURN = 0xb1;
    static final int INVOKEVIRTUAL = 0xb6;
    static final int INVOKESPECIAL = 0xb7;
    static final int INVOKESTATIC = 0xb8;
    static final int IFNONNULL = 0xc7;

    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final ConstantPool pool;
    /** Offsets that need a stack map frame (placed labels). */
    final TreeSet<Integer> frames = new TreeSet<>();
    private final List<Label> labels = new ArrayList<>();

    CodeBuffer(ConstantPool pool) {
        this.pool = pool;
    }

    Label label() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    int size() {
        return code.size();
    }

    void op(int opcode) {
        code.write(opcode);
    }

    private void u2(int v) {
        code.write(v >>> 8);
        code.write(v);
    }

    private void u4(int v) {
        u2(v >>> 16);
        u2(v);
    }

    /** A local variable instruction; slots stay below 256 in this writer. */
    void local(int opcode, int slot) {
        if (slot > 255) {
            throw new IllegalArgumentException("local slot " + slot + " needs wide");
        }
        op(opcode);
        code.write(slot);
    }

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            op(0x03 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            op(BIPUSH);
            code.write(v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            op(SIPUSH);
            u2(v);
        } else {
            int i = pool.integer(v);
            if (i < 256) {
                op(LDC);
                code.write(i);
            } else {
                op(LDC_W);
                u2(i);
            }
        }
    }

    void pushLong(long v) {
        if (v == 0 || v == 1) {
            op(v == 0 ? LCONST_0 : LCONST_1);
        } else {
            op(LDC2_W);
            u2(pool.longConst(v));
        }
    }

    void invoke(int opcode, int methodRef) {
        op(opcode);
        u2(methodRef);
    }

    /** A 16-bit branch (if*, goto) to a label. */
    void jump(int opcode, Label target) {
        int at = code.size();
        op(opcode);
        target.fixups.add(new int[] {at, at + 1, 2});
        u2(0);
    }

    void place(Label l) {
        if (l.pos >= 0) {
            throw new IllegalStateException("label placed twice");
        }
        l.pos = code.size();
        frames.add(l.pos);
    }

    /** A lookupswitch on the int on the stack; {@code keys} ascending. */
    void lookupSwitch(int[] keys, Label[] targets, Label dflt) {
        int at = code.size();
        op(LOOKUPSWITCH);
        while (code.size() % 4 != 0) {
            code.write(0);
        }
        dflt.fixups.add(new int[] {at, code.size(), 4});
        u4(0);
        u4(keys.length);
        for (int i = 0; i < keys.length; i++) {
            u4(keys[i]);
            targets[i].fixups.add(new int[] {at, code.size(), 4});
            u4(0);
        }
    }

    /** The finished code with every branch patched; throws if a label was never placed or is too far. */
    byte[] finish() {
        byte[] b = code.toByteArray();
        for (Label l : labels) {
            for (int[] f : l.fixups) {
                if (l.pos < 0) {
                    throw new IllegalStateException("branch to a label that was never placed");
                }
                int rel = l.pos - f[0];
                if (f[2] == 2) {
                    if (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE) {
                        throw new IllegalStateException("branch offset " + rel + " does not fit 16 bits");
                    }
                    b[f[1]] = (byte) (rel >>> 8);
                    b[f[1] + 1] = (byte) rel;
                } else {
                    b[f[1]] = (byte) (rel >>> 24);
                    b[f[1] + 1] = (byte) (rel >>> 16);
                    b[f[1] + 2] = (byte) (rel >>> 8);
                    b[f[1] + 3] = (byte) rel;
                }
            }
        }
        return b;
    }
}
