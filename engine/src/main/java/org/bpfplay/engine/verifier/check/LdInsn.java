/*
 * The BPF_LD class: ld_imm64 (check_ld_imm: a constant, a map pointer, a pointer into an array's
 * single value, or a callback function pointer) and the legacy packet loads LD_ABS / LD_IND
 * (check_ld_abs: through the skb in r6, in program types that have one; they clobber r1-r5 and
 * may not run while references are held).
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.cfg.MapRefs;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** Checks of BPF_LD instructions. */
public final class LdInsn {
    private LdInsn() {
    }

    /** Checks a BPF_LD instruction at {@code cx.insnIdx}; null when it is fine (the state is updated). */
    public static Failure check(CheckContext cx, Instruction in) {
        if (in.mode() == Mode.ABS || in.mode() == Mode.IND) {
            return ldAbs(cx, in);
        }
        if (!in.isWide()) {
            return Failure.einval("invalid BPF_LD mode");
        }
        Failure f = cx.writeReg(in.dst());
        if (f != null) {
            return f;
        }
        if (in.src() == Pseudo.MAP_FD || in.src() == Pseudo.MAP_VALUE) {
            // check_ld_imm: a map pointer, or a pointer into the single value of an array
            MapSpec map = MapRefs.map(in, cx.maps);
            cx.setReg(in.dst(), in.src() == Pseudo.MAP_FD ? RegState.mapPointer(RegType.CONST_PTR_TO_MAP, map)
                    : RegState.mapPointer(RegType.PTR_TO_MAP_VALUE, map).withOff((int) (in.imm() >>> 32)));
            return null;
        }
        if (in.src() == Pseudo.FUNC) {
            // check_ld_imm: a callback (bpfplay's loader describes every subprogram as static in BTF)
            cx.setReg(in.dst(), RegState.pointer(RegType.PTR_TO_FUNC, 0).withMemSize(cx.insnIdx + in.imm32() + 1));
            return null;
        }
        if (in.src() != 0) {
            return Failure.einval("unsupported ld_imm64 source " + in.src());
        }
        cx.setReg(in.dst(), RegState.scalar(Scalar.constant(in.imm())));
        return null;
    }

    /** check_ld_abs: legacy packet loads through the skb in r6 (socket filters and tc programs). */
    private static Failure ldAbs(CheckContext cx, Instruction in) {
        if (!CtxAccess.mayUseLdAbs(cx.progType)) {
            return Failure.einval("BPF_LD_[ABS|IND] instructions not allowed for this program type");
        }
        if (in.dst() != 0 || in.offset() != 0 || in.size() == Size.DW
                || (in.mode() == Mode.ABS && in.src() != 0)) {
            return Failure.einval("BPF_LD_[ABS|IND] uses reserved fields");
        }
        Failure f = cx.readReg(6);
        if (f != null) {
            return f;
        }
        RegState r6 = cx.reg(6);
        if (r6.type() != RegType.PTR_TO_CTX) {
            return Failure.einval("at the time of BPF_LD_ABS|IND R6 != pointer to skb");
        }
        if (in.mode() == Mode.IND && (f = cx.readReg(in.src())) != null) {
            return f;
        }
        if (r6.off() != 0) {
            return Failure.eacces("dereference of modified ctx ptr R6 off=" + r6.off() + " disallowed");
        }
        if (!cx.cur.refs.isEmpty()) {
            return Failure.einval(HelperCall.leakLines(cx.cur.refs) + "BPF_LD_[ABS|IND] would lead to reference leak");
        }
        for (int r = 0; r <= 5; r++) {
            cx.setReg(r, RegState.NOT_INIT);
            cx.log.scratchReg(r);
        }
        cx.setReg(0, RegState.unknownScalar());
        return null;
    }
}
