/*
 * Loads and stores through map value, map key and ring buffer memory pointers (check_mem_access's
 * PTR_TO_MAP_VALUE / PTR_TO_MAP_KEY / PTR_TO_MEM branches): the map's read/write permission for
 * programs (BPF_F_RDONLY_PROG / BPF_F_WRONLY_PROG), then check_mem_region_access: the smallest and
 * the largest possible offset (fixed part plus the variable part's bounds) must both keep the
 * access inside the region, with the kernel's two-line messages.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** Bounds and permission checks of map and memory regions. */
public final class MapAccess {
    /** BPF_MAX_VAR_OFF: offsets this large count as unbounded. */
    static final long MAX_VAR_OFF = 1L << 29;
    /** BPF_F_RDONLY_PROG: the program may only read the map. */
    static final int RDONLY_PROG = 1 << 7;
    /** BPF_F_WRONLY_PROG: the program may only write the map. */
    static final int WRONLY_PROG = 1 << 8;

    private MapAccess() {
    }

    /**
     * A load or store of {@code size} bytes at {@code off} (the instruction's offset plus the
     * register's fixed offset) through a map value, map key or ring buffer pointer; sets
     * {@code valueReg} to an unknown scalar for a load.
     */
    static Failure access(CheckContext cx, int regno, int off, int size, boolean write, int valueReg) {
        RegState reg = cx.reg(regno);
        Failure f;
        switch (reg.type()) {
            case PTR_TO_MAP_VALUE:
                if (write && valueReg >= 0 && cx.isPointerValue(valueReg)) {
                    return Failure.eacces("R" + valueReg + " leaks addr into map");
                }
                f = accessType(reg.map(), off, size, write);
                if (f == null) {
                    f = region(reg, regno, off, size, reg.map().valueSize(), false);
                }
                break;
            case PTR_TO_MAP_KEY:
                if (write) {
                    return Failure.eacces("write to change key R" + regno + " not allowed");
                }
                f = region(reg, regno, off, size, reg.map().keySize(), false);
                break;
            case PTR_TO_RINGBUF_MEM:
                if (write && valueReg >= 0 && cx.isPointerValue(valueReg)) {
                    return Failure.eacces("R" + valueReg + " leaks addr into mem");
                }
                f = region(reg, regno, off, size, reg.memSize(), false);
                break;
            default:
                return Failure.eacces("R" + regno + " invalid mem access '" + reg.type().logName + "'");
        }
        if (f != null) {
            return f;
        }
        if (!write && valueReg >= 0) {
            cx.setReg(valueReg, RegState.unknownScalar());
        }
        return null;
    }

    /** check_map_access_type. */
    static Failure accessType(MapSpec map, int off, int size, boolean write) {
        if (write && (map.flags() & RDONLY_PROG) != 0) {
            return Failure.eacces("write into map forbidden, value_size=" + map.valueSize() + " off=" + off + " size=" + size);
        }
        if (!write && (map.flags() & WRONLY_PROG) != 0) {
            return Failure.eacces("read from map forbidden, value_size=" + map.valueSize() + " off=" + off + " size=" + size);
        }
        return null;
    }

    /** check_mem_region_access: both ends of the possible offsets must stay within {@code memSize}. */
    static Failure region(RegState reg, int regno, int off, int size, int memSize, boolean zeroOk) {
        long smin = reg.value().smin();
        if (smin < 0 && (smin == Long.MIN_VALUE || off + smin != (int) (off + smin) || smin + off < 0)) {
            return Failure.eacces("R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        String e = within(reg, regno, smin + off, size, memSize, zeroOk);
        if (e != null) {
            return Failure.eacces(e + "\nR" + regno + " min value is outside of the allowed memory range");
        }
        long umax = reg.value().umax();
        if (Long.compareUnsigned(umax, MAX_VAR_OFF) >= 0) {
            return Failure.eacces("R" + regno + " unbounded memory access, make sure to bounds check any such access");
        }
        e = within(reg, regno, umax + off, size, memSize, zeroOk);
        if (e != null) {
            return Failure.eacces(e + "\nR" + regno + " max value is outside of the allowed memory range");
        }
        return null;
    }

    /** __check_mem_access: null when [off, off+size) lies in the region, else the message. */
    private static String within(RegState reg, int regno, long off, int size, int memSize, boolean zeroOk) {
        boolean sizeOk = size > 0 || (size == 0 && zeroOk);
        if (off >= 0 && sizeOk && off + size <= Integer.toUnsignedLong(memSize)) {
            return null;
        }
        int o = (int) off;
        switch (reg.type()) {
            case PTR_TO_MAP_KEY:
                return "invalid access to map key, key_size=" + memSize + " off=" + o + " size=" + size;
            case PTR_TO_MAP_VALUE:
                return "invalid access to map value, value_size=" + memSize + " off=" + o + " size=" + size;
            default:
                return "invalid access to memory, mem_size=" + Integer.toUnsignedString(memSize) + " off=" + o
                        + " size=" + size;
        }
    }

    /**
     * check_ptr_alignment with strict alignment, as atomics always ask for: the address (variable
     * part, fixed part, instruction offset) must be a multiple of the size.
     */
    static Failure atomicAlignment(RegState reg, int insnOff, int size) {
        String desc;
        switch (reg.type()) {
            case PTR_TO_MAP_VALUE:
                desc = "value ";
                break;
            case PTR_TO_MAP_KEY:
                desc = "key ";
                break;
            case PTR_TO_RINGBUF_MEM:
                desc = "";
                break;
            default:
                return null;
        }
        long low = reg.value().varOff().value() + reg.off() + insnOff;
        boolean varAligned = (reg.value().varOff().mask() & (size - 1)) == 0;
        if (varAligned && (low & (size - 1)) == 0) {
            return null;
        }
        String t = reg.value().isConst() ? Long.toString(reg.value().constValue()) : reg.value().varOff().toString();
        return Failure.eacces("misaligned " + desc + "access off " + t + "+" + reg.off() + "+" + insnOff + " size " + size);
    }

    /** Whether a register type is one of the regions this class checks. */
    static boolean handles(RegType t) {
        return t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MAP_KEY || t == RegType.PTR_TO_RINGBUF_MEM;
    }
}
