/*
 * Which register types a helper argument kind accepts (the kernel's compatible_reg_types table and
 * check_reg_type, with the expected= list its message prints) and which offsets such a pointer may
 * carry (check_func_arg_reg_off): most pointers must point at their object's start, memory-like
 * ones (stack, packet, map key/value, ring buffer record) may be moved.
 */
package org.bpfplay.engine.verifier.check;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.helpers.ArgSpec;
import org.bpfplay.engine.helpers.ArgType;
import org.bpfplay.engine.helpers.TypeFlag;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** Register types and offsets a helper argument accepts. */
final class ArgRegTypes {
    private ArgRegTypes() {
    }

    /** The compatible register types of an argument kind (compatible_reg_types), as log names. */
    static List<RegType> compatible(ArgType t) {
        switch (t) {
            case ARG_PTR_TO_MAP_KEY:
            case ARG_PTR_TO_MAP_VALUE:
            case ARG_PTR_TO_MEM:
                return List.of(RegType.PTR_TO_STACK, RegType.PTR_TO_PACKET, RegType.PTR_TO_PACKET_META,
                        RegType.PTR_TO_MAP_KEY, RegType.PTR_TO_MAP_VALUE, RegType.PTR_TO_RINGBUF_MEM);
            case ARG_CONST_SIZE:
            case ARG_CONST_SIZE_OR_ZERO:
            case ARG_CONST_ALLOC_SIZE_OR_ZERO:
            case ARG_SCALAR:
                return List.of(RegType.SCALAR);
            case ARG_CONST_MAP_PTR:
                return List.of(RegType.CONST_PTR_TO_MAP);
            case ARG_PTR_TO_SPIN_LOCK:
            case ARG_PTR_TO_CONST_STR:
                return List.of(RegType.PTR_TO_MAP_VALUE);
            case ARG_PTR_TO_CTX:
                return List.of(RegType.PTR_TO_CTX);
            case ARG_PTR_TO_RINGBUF_MEM:
                return List.of(RegType.PTR_TO_RINGBUF_MEM);
            case ARG_PTR_TO_STACK:
                return List.of(RegType.PTR_TO_STACK);
            case ARG_PTR_TO_FUNC:
                return List.of(RegType.PTR_TO_FUNC);
            case ARG_PTR_TO_SOCK_COMMON:
            case ARG_PTR_TO_BTF_ID_SOCK_COMMON:
                return List.of(RegType.PTR_TO_SOCK_COMMON, RegType.PTR_TO_SOCKET, RegType.PTR_TO_TCP_SOCK);
            default:
                return List.of();
        }
    }

    /** The expected= list as the kernel prints it (mem_types has kinds we do not model, printed all the same). */
    static String expectedText(ArgType t) {
        switch (t) {
            case ARG_PTR_TO_MAP_KEY:
            case ARG_PTR_TO_MAP_VALUE:
            case ARG_PTR_TO_MEM:
                return "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";
            case ARG_PTR_TO_SOCK_COMMON:
                return "sock_common, sock, tcp_sock, xdp_sock";
            case ARG_PTR_TO_BTF_ID_SOCK_COMMON:
                return "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_";
            case ARG_PTR_TO_SPIN_LOCK:
                return SpinLockArg.EXPECTED;
            default:
                List<String> names = new ArrayList<>();
                for (RegType r : compatible(t)) {
                    names.add(r.logName);
                }
                return String.join(", ", names);
        }
    }

    /** check_reg_type: a maybe-null argument accepts the non-null register type too. */
    static Failure checkType(int regno, RegState reg, ArgSpec spec) {
        RegType type = reg.type();
        if (spec.has(TypeFlag.PTR_MAYBE_NULL)) {
            type = type.notNull();
        }
        List<RegType> ok = compatible(spec.type());
        if (ok.contains(type)) {
            return null;
        }
        return Failure.eacces("R" + regno + " type=" + reg.type().logName + " expected=" + expectedText(spec.type()));
    }

    /** check_func_arg_reg_off. */
    static Failure checkOff(int regno, RegState reg, ArgSpec spec) {
        if (spec.has(TypeFlag.OBJ_RELEASE)) {
            if (reg.off() != 0) {
                return Failure.einval("R" + regno + " must have zero offset when passed to release func or trusted arg to kfunc");
            }
            return ptrOff(regno, reg);
        }
        switch (reg.type()) {
            case PTR_TO_STACK:
            case PTR_TO_PACKET:
            case PTR_TO_PACKET_META:
            case PTR_TO_MAP_KEY:
            case PTR_TO_MAP_VALUE:
            case PTR_TO_RINGBUF_MEM:
            case SCALAR:
                return null;
            default:
                return ptrOff(regno, reg);
        }
    }

    /** __check_ptr_off_reg without a fixed offset allowed. */
    private static Failure ptrOff(int regno, RegState reg) {
        String t = reg.type().logName;
        if (reg.off() < 0) {
            return Failure.eacces("negative offset " + t + " ptr R" + regno + " off=" + reg.off() + " disallowed");
        }
        if (reg.off() != 0) {
            return Failure.eacces("dereference of modified " + t + " ptr R" + regno + " off=" + reg.off() + " disallowed");
        }
        if (!reg.value().isConst() || reg.value().constValue() != 0) {
            return Failure.eacces("variable " + t + " access var_off=" + reg.value().varOff() + " disallowed");
        }
        return null;
    }
}
