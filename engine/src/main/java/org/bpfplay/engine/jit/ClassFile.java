package org.bpfplay.engine.jit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Writes a class file (JVMS chapter 4, version 61 = Java 17) holding a no-argument constructor and
 * methods whose code comes from {@link CodeBuffer}s. Each method's StackMapTable is one full frame
 * (the method's fixed locals, empty stack) at its first label followed by "same" frames at every
 * other label: the writer relies on the translator keeping that layout at every label.
 */
final class ClassFile {
    static final int ACC_PUBLIC = 0x0001;
    static final int ACC_FINAL = 0x0010;
    static final int ACC_SUPER = 0x0020;

    /** Verification type tags (JVMS 4.7.4). */
    static final int V_INTEGER = 1;
    static final int V_LONG = 4;
    static final int V_OBJECT = 7;

    /** A method to write: its code, operand stack depth, local slots and frame locals (tags, or OBJECT + class index). */
    record Method(String name, String descriptor, CodeBuffer code, int maxStack, int maxLocals, int[] frameLocals) {
    }

    private ClassFile() {
    }

    /**
     * The class bytes. {@code frameLocals} entries are verification tags; an OBJECT tag is
     * followed by its constant pool class index in the next entry.
     */
    static byte[] write(ConstantPool pool, String name, String superName, List<String> interfaces,
                        List<Method> methods) {
        try {
            int thisClass = pool.classRef(name);
            int superClass = pool.classRef(superName);
            int[] ifaces = new int[interfaces.size()];
            for (int i = 0; i < ifaces.length; i++) {
                ifaces[i] = pool.classRef(interfaces.get(i));
            }
            // The constructor: super(); return.
            CodeBuffer init = new CodeBuffer(pool);
            init.local(CodeBuffer.ALOAD, 0);
            init.invoke(CodeBuffer.INVOKESPECIAL, pool.method(superName, "<init>", "()V"));
            init.op(CodeBuffer.RETURN);
            byte[][] bodies = new byte[methods.size() + 1][];
            bodies[0] = methodBytes(pool, ACC_PUBLIC, "<init>", "()V", init, 1, 1, null);
            for (int i = 0; i < methods.size(); i++) {
                Method m = methods.get(i);
                bodies[i + 1] = methodBytes(pool, ACC_PUBLIC | ACC_FINAL, m.name(), m.descriptor(), m.code(),
                        m.maxStack(), m.maxLocals(), m.frameLocals());
            }
            if (pool.count() > 0xffff) {
                throw new IllegalStateException("constant pool too large");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61);
            out.writeShort(pool.count());
            out.write(pool.bytes());
            out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(ifaces.length);
            for (int i : ifaces) {
                out.writeShort(i);
            }
            out.writeShort(0); // fields
            out.writeShort(bodies.length);
            for (byte[] b : bodies) {
                out.write(b);
            }
            out.writeShort(0); // class attributes
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] methodBytes(ConstantPool pool, int access, String name, String descriptor, CodeBuffer code,
                                      int maxStack, int maxLocals, int[] frameLocals) throws IOException {
        int nameIndex = pool.utf8(name);
        int descIndex = pool.utf8(descriptor);
        int codeName = pool.utf8("Code");
        byte[] body = code.finish();
        byte[] stackMap = frameLocals == null || code.frames.isEmpty() ? null : stackMap(code, frameLocals);
        int stackMapName = stackMap == null ? 0 : pool.utf8("StackMapTable");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(access);
        out.writeShort(nameIndex);
        out.writeShort(descIndex);
        out.writeShort(1);
        out.writeShort(codeName);
        int attrLen = 2 + 2 + 4 + body.length + 2 + 2 + (stackMap == null ? 0 : 6 + stackMap.length);
        out.writeInt(attrLen);
        out.writeShort(maxStack);
        out.writeShort(maxLocals);
        out.writeInt(body.length);
        out.write(body);
        out.writeShort(0); // exception table
        out.writeShort(stackMap == null ? 0 : 1);
        if (stackMap != null) {
            out.writeShort(stackMapName);
            out.writeInt(stackMap.length);
            out.write(stackMap);
        }
        return bytes.toByteArray();
    }

    /** One full frame, then same frames (delta < 64) or same_frame_extended (251). */
    private static byte[] stackMap(CodeBuffer code, int[] frameLocals) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(code.frames.size());
        int prev = -1;
        for (int offset : code.frames) {
            int delta = prev < 0 ? offset : offset - prev - 1;
            if (prev < 0) {
                out.writeByte(255);
                out.writeShort(delta);
                int n = 0;
                for (int i = 0; i < frameLocals.length; i++) {
                    n++;
                    if (frameLocals[i] == V_OBJECT) {
                        i++;
                    }
                }
                out.writeShort(n);
                for (int i = 0; i < frameLocals.length; i++) {
                    out.writeByte(frameLocals[i]);
                    if (frameLocals[i] == V_OBJECT) {
                        out.writeShort(frameLocals[++i]);
                    }
                }
                out.writeShort(0);
            } else if (delta < 64) {
                out.writeByte(delta);
            } else {
                out.writeByte(251);
                out.writeShort(delta);
            }
            prev = offset;
        }
        return bytes.toByteArray();
    }
}
