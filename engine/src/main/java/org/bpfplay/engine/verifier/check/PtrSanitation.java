/*
 * Pointer arithmetic without bypass_spec_v1 (CAP_BPF without CAP_PERFMON), after the kernel's
 * sanitize_ptr_alu / sanitize_check_bounds: an ADD or SUB of a register offset must be maskable
 * at run time, so the offset may not have mixed signed bounds, only stack and map value pointers
 * can be masked, the pointer must stay inside its object (a stack pointer at a constant offset
 * inside the stack, a map value pointer inside the value), and one instruction must see the same
 * masking state on every path that reaches it.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** The !root restrictions on pointer arithmetic. */
final class PtrSanitation {
    static final int REASON_BOUNDS = 1;
    static final int REASON_TYPE = 2;
    static final int REASON_PATHS = 3;
    static final int REASON_LIMIT = 4;
    private static final int MAX_BPF_STACK = 512;
    private static final String ERR = "pointer arithmetic with it prohibited for !root";

    private PtrSanitation() {
    }

    /**
     * The first sanitize_ptr_alu pass, before the operation: {reason} on failure, otherwise
     * {alu state, limit, mask-to-left} ({-1, 0, 0} on a speculative path, which is not checked).
     */
    static long[] before(CheckContext cx, Instruction in, AluOp op, RegState ptr, RegState offReg, boolean scalarIsDst) {
        if (cx.cur.speculative) {
            return new long[] {-1, 0, 0};
        }
        long smin = offReg.value().smin();
        long smax = offReg.value().smax();
        boolean offConst = offReg.value().isConst();
        boolean offNeg = smin < 0;
        if (!offConst && (smin < 0) != (smax < 0)) {
            return new long[] {REASON_BOUNDS};
        }
        boolean maskToLeft = (op == AluOp.ADD && offNeg) || (op == AluOp.SUB && !offNeg);
        long limit = limit(ptr, maskToLeft);
        if (limit < 0) {
            return new long[] {-limit};
        }
        long state = (offNeg ? 1 : 0) | (offConst ? 2 : 0) | (scalarIsDst ? 8 : 4);
        return new long[] {state, limit, maskToLeft ? 1 : 0};
    }

    /** retrieve_ptr_limit: how far the pointer may move; a negative reason when it cannot be masked. */
    private static long limit(RegState ptr, boolean maskToLeft) {
        long max;
        long limit;
        switch (ptr.type()) {
            case PTR_TO_STACK:
                max = MAX_BPF_STACK + (maskToLeft ? 1 : 0);
                limit = -(ptr.value().varOff().value() + ptr.off()) & 0xffffffffL;
                break;
            case PTR_TO_MAP_VALUE:
                max = Integer.toUnsignedLong(ptr.map().valueSize());
                limit = ((maskToLeft ? ptr.value().smin() : ptr.value().umax()) + ptr.off()) & 0xffffffffL;
                break;
            default:
                return -REASON_TYPE;
        }
        return limit >= max ? -REASON_LIMIT : limit;
    }

    /**
     * sanitize_check_bounds: a stack pointer result needs a constant in-range offset, a map value
     * pointer result must point at a byte of the value (check_map_access of one byte).
     */
    static Failure checkBounds(int dst, RegState res) {
        if (res.type() == RegType.PTR_TO_MAP_VALUE) {
            // check_map_access of one byte at the fixed offset, with its own messages first
            Failure f = MapAccess.region(res, dst, res.off(), 1, res.map().valueSize(), false);
            return f == null ? null : Failure.eacces(f.message() + "\nR" + dst
                    + " pointer arithmetic of map value goes out of range, prohibited for !root");
        }
        if (res.type() != RegType.PTR_TO_STACK) {
            return null;
        }
        long off = res.off() + res.value().varOff().value();
        if (!res.value().isConst()) {
            return Failure.eacces("R" + dst + " variable stack access prohibited for !root, var_off="
                    + res.value().varOff() + " off=" + off);
        }
        if (off >= 0 || off < -MAX_BPF_STACK) {
            return Failure.eacces("R" + dst + " stack pointer arithmetic goes out of range, prohibited for !root; off=" + off);
        }
        return null;
    }

    /** The commit pass after the operation; 0 or a reason. */
    static int commit(CheckContext cx, AluOp op, RegState res, long[] before) {
        if (before[0] < 0) {
            return 0;
        }
        long limit = limit(res, before[2] != 0);
        if (limit < 0) {
            return (int) -limit;
        }
        long aluLimit = Math.abs((int) (before[1] - limit));
        long[] seen = cx.aluSanitation.get(cx.insnIdx);
        if (seen != null && (seen[0] != before[0] || seen[1] != aluLimit)) {
            return REASON_PATHS;
        }
        cx.aluSanitation.put(cx.insnIdx, new long[] {before[0], aluLimit});
        return 0;
    }

    /** sanitize_err: the message naming the offset or pointer register. */
    static Failure failure(Instruction in, AluOp op, int reason, boolean scalarIsDst) {
        int dst = in.dst();
        int src = in.src();
        String verb = op == AluOp.ADD ? "add" : "sub";
        switch (reason) {
            case REASON_BOUNDS:
                return Failure.eacces("R" + (scalarIsDst ? dst : src) + " has unknown scalar with mixed signed bounds, " + ERR);
            case REASON_TYPE:
                return Failure.eacces("R" + (scalarIsDst ? src : dst) + " has pointer with unsupported alu operation, " + ERR);
            case REASON_PATHS:
                return Failure.eacces("R" + dst + " tried to " + verb + " from different maps, paths or scalars, " + ERR);
            default:
                return Failure.eacces("R" + dst + " tried to " + verb + " beyond pointer bounds, " + ERR);
        }
    }
}
