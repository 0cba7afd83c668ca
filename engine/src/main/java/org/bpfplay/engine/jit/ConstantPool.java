package org.bpfplay.engine.jit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The constant pool of one class file (JVMS 4.4): entries are written as they are first asked
 * for and shared afterwards. Longs take two slots, as the format requires.
 */
final class ConstantPool {
    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int LONG = 5;
    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> index = new HashMap<>();
    private int next = 1;

    int utf8(String s) {
        Integer i = index.get("U" + s);
        if (i != null) {
            return i;
        }
        return put("U" + s, 1, () -> {
            out.writeByte(UTF8);
            out.writeUTF(s);
        });
    }

    /** A class by internal name ({@code java/lang/Object}, {@code [J}). */
    int classRef(String internalName) {
        Integer i = index.get("C" + internalName);
        if (i != null) {
            return i;
        }
        int name = utf8(internalName);
        return put("C" + internalName, 1, () -> {
            out.writeByte(CLASS);
            out.writeShort(name);
        });
    }

    int integer(int v) {
        Integer i = index.get("I" + v);
        if (i != null) {
            return i;
        }
        return put("I" + v, 1, () -> {
            out.writeByte(INTEGER);
            out.writeInt(v);
        });
    }

    int longConst(long v) {
        Integer i = index.get("J" + v);
        if (i != null) {
            return i;
        }
        return put("J" + v, 2, () -> {
            out.writeByte(LONG);
            out.writeLong(v);
        });
    }

    int method(String owner, String name, String descriptor) {
        return member(METHODREF, owner, name, descriptor);
    }

    int interfaceMethod(String owner, String name, String descriptor) {
        return member(INTERFACE_METHODREF, owner, name, descriptor);
    }

    private int member(int tag, String owner, String name, String descriptor) {
        String key = "M" + tag + owner + "." + name + descriptor;
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        int cls = classRef(owner);
        int nt = nameAndType(name, descriptor);
        return put(key, 1, () -> {
            out.writeByte(tag);
            out.writeShort(cls);
            out.writeShort(nt);
        });
    }

    private int nameAndType(String name, String descriptor) {
        String key = "N" + name + descriptor;
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        int n = utf8(name);
        int d = utf8(descriptor);
        return put(key, 1, () -> {
            out.writeByte(NAME_AND_TYPE);
            out.writeShort(n);
            out.writeShort(d);
        });
    }

    private interface Writer {
        void write() throws IOException;
    }

    private int put(String key, int slots, Writer w) {
        int i = next;
        try {
            w.write();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        next += slots;
        index.put(key, i);
        return i;
    }

    /** The {@code constant_pool_count} field: one more than the last slot used. */
    int count() {
        return next;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
