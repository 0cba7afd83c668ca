/*
 * A call to a kernel helper (check_helper_call and check_func_arg): the helper must exist and be
 * available to the program type; each argument register is checked against the prototype
 * (register type and fixed offset by ArgRegTypes, map pointers, key/value/memory
 * regions with their sizes, constant sizes, references to release); then the map must suit the
 * helper (check_map_func_compatibility), r1-r5 become unreadable and r0 gets the return type:
 * a scalar, a maybe-null map value (6.18: a plain map value for an array lookup with a constant
 * in-range key), an acquired maybe-null ring buffer record, or a maybe-null socket (acquired by
 * the lookups, sharing the argument's reference for the sk_fullsock / tcp_sock casts). bpf_loop and
 * bpf_for_each_map_elem queue their callback (CallbackCall); the spin lock and constant string
 * arguments are {@link SpinLockArg} and {@link ConstStringArg}.
 */
package org.bpfplay.engine.verifier.check;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.helpers.ArgSpec;
import org.bpfplay.engine.helpers.ArgType;
import org.bpfplay.engine.helpers.HelperAccess;
import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.helpers.HelperProto;
import org.bpfplay.engine.helpers.HelperProtos;
import org.bpfplay.engine.helpers.Privilege;
import org.bpfplay.engine.helpers.RetType;
import org.bpfplay.engine.helpers.TypeFlag;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.Ref;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.SlotType;
import org.bpfplay.engine.verifier.state.StackSlot;

/** Checks one helper call and applies its effect on the state. */
public final class HelperCall {
    /** __BPF_FUNC_MAX_ID of Linux 6.18: ids at or above it are "unknown". */
    static final int FUNC_MAX_ID = 212;
    /**
     * nr_cpu_ids of the machine the corpus was recorded on (2): bpf_get_smp_processor_id returns
     * 0..nr_cpu_ids-1 and the kernel tells the verifier so.
     */
    static final int NR_CPU_IDS = 2;
    private static final int MAX_ERRNO = 4095;
    /** BPF_MAX_VAR_SIZ: sizes this large count as unbounded. */
    private static final long MAX_VAR_SIZ = 1L << 29;

    /** What the arguments told about the call (the kernel's bpf_call_arg_meta). */
    private static final class Meta {
        MapSpec map;
        int releaseRegno;
        int refObjId;
        int memSize;
        /** Raw mode: the helper fills accessSize bytes at regno, checked byte by byte after the arguments. */
        boolean rawMode;
        int rawRegno;
        int accessSize;
        long constMapKey = -1;
        /** The largest size a size argument allowed (msize_max_value). */
        long msizeMax;
        /** The first pc of the callback an ARG_PTR_TO_FUNC argument names. */
        int subprog = -1;
    }

    private final CheckContext cx;
    private final HelperProto fn;
    private final HelperId id;
    private final int insnIdx;
    private final Meta meta = new Meta();

    private HelperCall(CheckContext cx, HelperProto fn, HelperId id, int insnIdx) {
        this.cx = cx;
        this.fn = fn;
        this.id = id;
        this.insnIdx = insnIdx;
    }

    /** Checks {@code call imm} at {@code insnIdx}; null when the call is fine (the state is updated). */
    public static Failure check(CheckContext cx, int imm, int insnIdx) {
        if (imm < 0 || imm >= FUNC_MAX_ID) {
            return Failure.einval("invalid func unknown#" + imm);
        }
        HelperId id = HelperId.byId(imm);
        String name = id == null ? (imm == 0 ? "bpf_unspec" : "unknown") : id.kernelName();
        HelperProto fn = id == null ? null : HelperProtos.of(id);
        if (fn == null) {
            if (id == null || imm == 0) {
                return Failure.einval("program of this type cannot use helper " + name + "#" + imm);
            }
            return Failure.einval("helper " + name + "#" + imm + " is not supported by this verifier yet");
        }
        // the CAP_PERFMON tier of bpf_base_func_proto asks perfmon_capable(), as allow_ptr_leaks does
        Privilege privilege = cx.allowPtrLeaks ? Privilege.ROOT : Privilege.CAP_BPF;
        if (!HelperAccess.allowed(id, cx.progType, privilege) && !ProgTypeHelperRules.protoGiven(id, cx.progType)) {
            return Failure.einval("program of this type cannot use helper " + name + "#" + imm);
        }
        return new HelperCall(cx, fn, id, insnIdx).run();
    }

    private String fname() {
        return id.kernelName() + "#" + id.id;
    }

    private Failure run() {
        Failure f;
        for (int arg = 1; arg <= 5; arg++) {
            if ((f = checkArg(arg)) != null) {
                return f;
            }
        }
        if ((f = recordFuncMap()) != null || (f = recordFuncKey()) != null) {
            return f;
        }
        if (id == HelperId.MAP_LOOKUP_ELEM && meta.map != null
                && (f = MapInMap.lookupRefusal(meta.map, cx.maps)) != null) {
            return f;
        }
        if (id == HelperId.MAP_LOOKUP_ELEM && meta.map != null && lookupNotModelled(meta.map.type())) {
            // the kernel turns these results into socket or xdp socket pointers
            return Failure.einval("bpf_map_lookup_elem on a " + meta.map.type() + " map is not supported by this"
                    + " verifier yet");
        }
        if (meta.rawMode) {
            int saveSpi = cx.lastStackSpi;
            int saveFrame = cx.lastStackFrame;
            for (int i = 0; i < meta.accessSize; i++) {
                if ((f = MemAccess.access(cx, meta.rawRegno, i, 1, true, -1, 0, false, null)) != null) {
                    return f;
                }
            }
            cx.lastStackSpi = saveSpi;
            cx.lastStackFrame = saveFrame;
        }
        if (meta.releaseRegno != 0) {
            boolean ok;
            if (meta.refObjId != 0) {
                ok = release(meta.refObjId);
            } else {
                ok = cx.reg(meta.releaseRegno).isNull();
            }
            if (!ok) {
                return Failure.einval("func " + fname() + " reference has not been acquired before");
            }
        }
        if (id == HelperId.LOOP || id == HelperId.FOR_EACH_MAP_ELEM) {
            if ((f = CallbackCall.prepare(cx, id, meta.map, meta.subprog, insnIdx)) != null) {
                return f;
            }
            if (cx.callback.failure() != null) {
                return cx.callback.failure(); // the explorer still makes nr_loops precise first
            }
        }
        if (id == HelperId.TAIL_CALL && !cx.cur.refs.isEmpty()) {
            return Failure.einval(leakLines() + "tail_call would lead to reference leak");
        }
        for (int r = 0; r <= 5; r++) {
            cx.setReg(r, RegState.NOT_INIT);
            cx.log.scratchReg(r);
        }
        setReturn();
        if ((f = MapHelperRules.compatibility(meta.map, id)) != null
                || (f = ProgTypeHelperRules.afterCall(id, cx.progType)) != null) {
            return f;
        }
        if (MapHelperRules.changesPacketData(id)) {
            clearPacketPointers();
        }
        return null;
    }

    /** The "Unreleased reference" lines for every reference still held, each ending in a newline. */
    public static String leakLines(List<Ref> refs) {
        StringBuilder sb = new StringBuilder();
        for (Ref r : refs) {
            sb.append("Unreleased reference id=").append(r.id()).append(" alloc_insn=").append(r.insn()).append('\n');
        }
        return sb.toString();
    }

    private String leakLines() {
        return leakLines(cx.cur.refs);
    }

    private static boolean lookupNotModelled(MapType t) {
        return t == MapType.SOCKMAP || t == MapType.SOCKHASH || t == MapType.XSKMAP;
    }

    // ---- arguments ----

    private Failure checkArg(int arg) {
        int regno = arg;
        ArgSpec spec = fn.arg(arg).normalized();
        if (spec.type() == ArgType.ARG_PTR_TO_MAP_VALUE) {
            spec = MapHelperRules.resolveMapArg(meta.map, id, spec);
        }
        ArgType t = spec.type();
        if (t == ArgType.ARG_DONTCARE) {
            return null;
        }
        Failure f = cx.readReg(regno);
        if (f != null) {
            return f;
        }
        RegState reg = cx.reg(regno);
        if (t == ArgType.ARG_ANYTHING) {
            return cx.isPointerValue(regno) ? Failure.eacces("R" + regno + " leaks addr into helper function") : null;
        }
        if (reg.type().isPacket() && !fn.pktAccess()) {
            return Failure.eacces("helper access to the packet is not allowed");
        }
        boolean maybeNull = spec.has(TypeFlag.PTR_MAYBE_NULL);
        if (reg.isNull() && maybeNull) {
            // a NULL argument skips the type checks (6.18 no longer makes it precise)
        } else {
            if ((f = ArgRegTypes.checkType(regno, reg, spec)) != null || (f = ArgRegTypes.checkOff(regno, reg, spec)) != null) {
                return f;
            }
        }
        if (spec.has(TypeFlag.OBJ_RELEASE)) {
            if (reg.refObjId() == 0 && !reg.isNull()) {
                return Failure.einval("R" + regno + " must be referenced when passed to release function");
            }
            meta.releaseRegno = regno;
        }
        if (reg.refObjId() != 0) {
            meta.refObjId = reg.refObjId();
        }
        switch (t) {
            case ARG_CONST_MAP_PTR:
                meta.map = reg.map();
                return null;
            case ARG_PTR_TO_FUNC:
                meta.subprog = reg.memSize();
                return null;
            case ARG_PTR_TO_MAP_KEY:
                f = helperMem(regno, meta.map.keySize(), false, false, false);
                if (f == null && (meta.map.type() == MapType.ARRAY || meta.map.type() == MapType.PERCPU_ARRAY)
                        && MapInMap.fixedSize(meta.map)) {
                    meta.constMapKey = constantMapKey(reg, meta.map.keySize());
                }
                return f;
            case ARG_PTR_TO_MAP_VALUE:
                if (maybeNull && reg.isNull()) {
                    return null;
                }
                if (spec.has(TypeFlag.MEM_UNINIT)) {
                    meta.rawMode = true;
                }
                return helperMem(regno, meta.map.valueSize(), spec.has(TypeFlag.MEM_WRITE), false, true);
            case ARG_PTR_TO_MEM:
                meta.rawMode = spec.has(TypeFlag.MEM_UNINIT);
                return null;
            case ARG_CONST_SIZE:
            case ARG_CONST_SIZE_OR_ZERO:
                return memSize(regno, reg, fn.arg(arg - 1).normalized().has(TypeFlag.MEM_WRITE),
                        t == ArgType.ARG_CONST_SIZE_OR_ZERO);
            case ARG_PTR_TO_SPIN_LOCK:
                return SpinLockArg.check(reg, regno);
            case ARG_PTR_TO_CONST_STR:
                return ConstStringArg.check(reg, regno);
            case ARG_CONST_ALLOC_SIZE_OR_ZERO:
                if (!reg.value().isConst()) {
                    return Failure.eacces("R" + regno + " is not a known constant'");
                }
                meta.memSize = (int) reg.value().constValue();
                cx.needPrecise |= 1 << regno;
                return null;
            default:
                return null;
        }
    }

    /** check_mem_size_reg: the size register's bounds decide how much memory the previous argument must have. */
    private Failure memSize(int regno, RegState reg, boolean write, boolean zeroOk) {
        Scalar v = reg.value();
        meta.msizeMax = v.umax();
        if (!v.isConst()) {
            meta.rawMode = false;
        }
        if (v.smin() < 0) {
            return Failure.eacces("R" + regno + " min value is negative, either use unsigned or 'var &= const'");
        }
        if (v.umin() == 0 && !zeroOk) {
            return Failure.eacces("R" + regno + " invalid zero-sized read: u64=[" + v.umin() + "," + v.umax() + "]");
        }
        if (Long.compareUnsigned(v.umax(), MAX_VAR_SIZ) >= 0) {
            return Failure.eacces("R" + regno + " unbounded memory access, use 'var &= const' or 'if (var < const)'");
        }
        Failure f = helperMem(regno - 1, (int) v.umax(), write, zeroOk, true);
        if (f == null) {
            cx.needPrecise |= 1 << regno;
        }
        return f;
    }

    /** check_helper_mem_access: {@code size} bytes at the pointer in {@code regno}. */
    private Failure helperMem(int regno, int size, boolean write, boolean zeroOk, boolean mayRaw) {
        RegState reg = cx.reg(regno);
        switch (reg.type()) {
            case PTR_TO_PACKET:
            case PTR_TO_PACKET_META:
                if (reg.range() < 0 || reg.off() < 0 || (long) reg.off() + size > reg.range()
                        || (size == 0 && !zeroOk)) {
                    return MemAccess.packet(regno, reg.withRange(Math.max(reg.range(), 0)), reg.off(), size);
                }
                return null;
            case PTR_TO_MAP_KEY:
                if (write) {
                    return Failure.eacces("R" + regno + " cannot write into map_key");
                }
                return MapAccess.region(reg, regno, reg.off(), size, reg.map().keySize(), false);
            case PTR_TO_MAP_VALUE: {
                Failure f = MapAccess.accessType(reg.map(), reg.off(), size, write);
                return f != null ? f : MapAccess.region(reg, regno, reg.off(), size, reg.map().valueSize(), zeroOk);
            }
            case PTR_TO_RINGBUF_MEM:
                return MapAccess.region(reg, regno, reg.off(), size, reg.memSize(), zeroOk);
            case PTR_TO_STACK:
                return stackRange(regno, reg, size, write, zeroOk, mayRaw);
            default:
                if (zeroOk && size == 0 && reg.isNull()) {
                    return null;
                }
                return Failure.eacces("R" + regno + " type=" + reg.type().logName + " expected=fp");
        }
    }

    /**
     * check_stack_range_initialized (root: uninitialised bytes may be read). A raw-mode write is
     * left for the byte-by-byte pass; another write turns the bytes into MISC and scrubs spills.
     */
    private Failure stackRange(int regno, RegState reg, int size, boolean write, boolean zeroOk, boolean mayRaw) {
        if (size == 0 && !zeroOk) {
            return Failure.eacces("invalid zero-sized read");
        }
        Failure f = MemAccess.stackBounds(cx, regno, reg, reg.off(), size, write || meta.rawMode && mayRaw);
        if (f != null) {
            return f;
        }
        FuncState frame = cx.cur.frames.get(reg.frameno());
        long minOff;
        long maxOff;
        boolean constOff = reg.value().isConst();
        if (constOff) {
            minOff = reg.value().constValue() + reg.off();
            maxOff = minOff;
        } else {
            minOff = reg.value().smin() + reg.off();
            maxOff = reg.value().smax() + reg.off();
        }
        boolean rawWrite = meta.rawMode && mayRaw && constOff;
        if (!cx.allowUninitStack && !rawWrite) {
            Failure f2 = StackInit.helperRange(cx, frame, regno, reg, minOff, maxOff, size);
            if (f2 != null) {
                return f2;
            }
        }
        while (frame.stack.size() < (-minOff + 7) / 8) {
            frame.stack.add(StackSlot.EMPTY);
        }
        if (meta.rawMode && mayRaw && constOff) {
            meta.accessSize = size;
            meta.rawRegno = regno;
            return null;
        }
        // every byte the helper touches counts as read for stack liveness (whole 8-byte slots)
        long readMask = 0;
        for (long i = minOff; i < maxOff + size; i++) {
            readMask |= 1L << ((-i - 1) / 8);
        }
        cx.markStackRead(frame.frameno, readMask);
        if (!write) {
            return null;
        }
        for (long i = minOff; i < maxOff + size; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            StackSlot s = frame.slot(spi);
            if (s.isSpill()) {
                SlotType[] types = s.types().clone();
                for (int j = 0; j < 8; j++) {
                    if (types[j] != SlotType.INVALID) {
                        types[j] = SlotType.MISC;
                    }
                }
                frame.setSlot(spi, new StackSlot(types, RegState.NOT_INIT));
            } else {
                SlotType[] types = s.types().clone();
                types[slot % 8] = SlotType.MISC;
                frame.setSlot(spi, new StackSlot(types, RegState.NOT_INIT));
            }
        }
        return null;
    }

    /**
     * get_constant_map_key (6.18): the key on the stack is all zero bytes, or a spilled constant
     * of exactly the key's size (whose slot then needs precision). -1 when not constant.
     */
    private long constantMapKey(RegState key, int keySize) {
        if (key.type() != RegType.PTR_TO_STACK || !key.value().isConst()) {
            return -1;
        }
        FuncState frame = cx.cur.frames.get(key.frameno());
        long stackOff = key.off() + key.value().constValue();
        int slot = (int) (-stackOff - 1);
        int spi = slot / 8;
        int off = slot % 8;
        StackSlot s = frame.slot(spi);
        int zero = 0;
        for (int i = off; i >= 0 && s.type(i) == SlotType.ZERO; i--) {
            zero++;
        }
        if (zero >= keySize) {
            return 0;
        }
        if (!s.isSpill() || !s.spilled().isScalar()) {
            return -1;
        }
        int spill = 0;
        for (int i = off; i >= 0 && s.type(i) == SlotType.SPILL; i--) {
            spill++;
        }
        if (spill != keySize || !s.spilled().value().isConst()) {
            return -1;
        }
        if (key.frameno() == cx.frame().frameno) {
            cx.needPreciseStack |= 1L << spi;
        }
        return s.spilled().value().constValue();
    }

    // ---- after the arguments ----

    /** record_func_map: read-only maps refuse the helpers that change them. */
    private Failure recordFuncMap() {
        if (meta.map == null) {
            return null;
        }
        boolean changes = id == HelperId.MAP_DELETE_ELEM || id == HelperId.MAP_UPDATE_ELEM
                || id == HelperId.MAP_PUSH_ELEM || id == HelperId.MAP_POP_ELEM;
        if (changes && (meta.map.flags() & MapAccess.RDONLY_PROG) != 0) {
            return Failure.eacces("write into map forbidden");
        }
        return null;
    }

    /** record_func_key: a tail call needs a prog_array; a constant in-range index is made precise. */
    private Failure recordFuncKey() {
        if (id != HelperId.TAIL_CALL) {
            return null;
        }
        if (meta.map == null || meta.map.type() != MapType.PROG_ARRAY) {
            // 6.18 prints this one without a newline: the summary line follows on the same line
            return new Failure(org.bpfplay.engine.maps.Errno.EINVAL, "expected prog array map for tail call", false);
        }
        RegState r3 = cx.reg(3);
        if (r3.isConst() && Long.compareUnsigned(r3.value().constValue(), meta.map.maxEntries()) < 0) {
            cx.needPrecise |= 1 << 3;
        }
        return null;
    }

    /** release_reference: drop the reference; every register holding it becomes {@link #invalidated}. */
    private boolean release(int refId) {
        List<Ref> refs = new ArrayList<>(cx.cur.refs);
        if (!refs.removeIf(r -> r.id() == refId)) {
            return false;
        }
        cx.cur.refs = List.copyOf(refs);
        for (FuncState f : cx.cur.frames) {
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                if (f.regs[i].refObjId() == refId) {
                    f.regs[i] = invalidated();
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                if (s.isSpill() && s.spilled().refObjId() == refId) {
                    f.stack.set(i, new StackSlot(s.types(), invalidated()));
                }
            }
        }
        return true;
    }

    private void setReturn() {
        switch (fn.ret()) {
            case RET_INTEGER:
                cx.setReg(0, RegState.scalar(refinedReturn()));
                break;
            case RET_VOID:
                cx.setReg(0, RegState.NOT_INIT);
                break;
            case RET_PTR_TO_MAP_VALUE_OR_NULL: {
                boolean elide = id == HelperId.MAP_LOOKUP_ELEM
                        && (meta.map.type() == MapType.ARRAY || meta.map.type() == MapType.PERCPU_ARRAY)
                        && meta.constMapKey >= 0 && meta.constMapKey < Integer.toUnsignedLong(meta.map.maxEntries());
                RegState r0 = RegState.mapPointer(elide ? RegType.PTR_TO_MAP_VALUE : RegType.PTR_TO_MAP_VALUE_OR_NULL,
                        meta.map);
                cx.setReg(0, elide ? r0 : r0.withId(cx.newId()));
                break;
            }
            case RET_PTR_TO_RINGBUF_MEM_OR_NULL: {
                cx.newId();
                int ref = acquire();
                cx.setReg(0, RegState.pointer(RegType.PTR_TO_RINGBUF_MEM_OR_NULL, 0).withId(ref).withRef(ref)
                        .withMemSize(meta.memSize));
                break;
            }
            case RET_PTR_TO_SOCKET_OR_NULL:
            case RET_PTR_TO_TCP_SOCK_OR_NULL:
            case RET_PTR_TO_SOCK_COMMON_OR_NULL: {
                RegType t = fn.ret() == RetType.RET_PTR_TO_SOCKET_OR_NULL ? RegType.PTR_TO_SOCKET_OR_NULL
                        : fn.ret() == RetType.RET_PTR_TO_TCP_SOCK_OR_NULL ? RegType.PTR_TO_TCP_SOCK_OR_NULL
                        : RegType.PTR_TO_SOCK_COMMON_OR_NULL;
                RegState r0 = RegState.pointer(t, 0).withId(cx.newId());
                if (id == HelperId.SK_LOOKUP_TCP || id == HelperId.SK_LOOKUP_UDP || id == HelperId.SKC_LOOKUP_TCP) {
                    int ref = acquire();
                    r0 = r0.withId(ref).withRef(ref);
                } else if (id == HelperId.SK_FULLSOCK || id == HelperId.TCP_SOCK) {
                    // is_ptr_cast_function: the result shares the argument's reference (own id for its null check)
                    r0 = r0.withRef(meta.refObjId);
                }
                cx.setReg(0, r0);
                break;
            }
            default:
                throw new IllegalStateException("return type " + fn.ret());
        }
    }

    /** acquire_reference: a new reference held by the state, remembered with the call's pc. */
    private int acquire() {
        int ref = cx.newId();
        List<Ref> refs = new ArrayList<>(cx.cur.refs);
        refs.add(new Ref(ref, insnIdx));
        cx.cur.refs = List.copyOf(refs);
        return ref;
    }

    /** do_refine_retval_range: what some helpers' integer results are known to lie in. */
    private Scalar refinedReturn() {
        switch (id) {
            case GET_SMP_PROCESSOR_ID:
                return Scalar.unknown().withSigned(0, NR_CPU_IDS - 1).withUnsigned(0, NR_CPU_IDS - 1)
                        .withSigned32(0, NR_CPU_IDS - 1).withUnsigned32(0, NR_CPU_IDS - 1).synced();
            case PROBE_READ_STR:
            case PROBE_READ_KERNEL_STR:
            case PROBE_READ_USER_STR:
                return Scalar.unknown().withSigned(-MAX_ERRNO, meta.msizeMax)
                        .withSigned32(-MAX_ERRNO, (int) meta.msizeMax).synced();
            default:
                return Scalar.unknown();
        }
    }

    /**
     * mark_reg_invalid: what a released reference or an untrusted packet pointer becomes; an
     * unknown scalar with allow_ptr_leaks (root), else unreadable (CAP_BPF: "R7 !read_ok").
     */
    private RegState invalidated() {
        return cx.allowPtrLeaks ? RegState.unknownScalar() : RegState.NOT_INIT;
    }

    /** clear_all_pkt_pointers: packet pointers are no longer trusted ({@link #invalidated}). */
    private void clearPacketPointers() {
        for (FuncState f : cx.cur.frames) {
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                if (isPkt(f.regs[i])) {
                    f.regs[i] = invalidated();
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                if (s.isSpill() && isPkt(s.spilled())) {
                    f.stack.set(i, new StackSlot(s.types(), invalidated()));
                }
            }
        }
    }

    private static boolean isPkt(RegState r) {
        return r.type().isPacket() || r.type() == RegType.PTR_TO_PACKET_END;
    }
}
