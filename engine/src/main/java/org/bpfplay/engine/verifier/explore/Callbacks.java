/*
 * The explorer's side of callback-calling helpers (bpf_loop, bpf_for_each_map_elem): after the
 * helper's checks, the registers the kernel makes precise (bpf_loop: flags while the call may be
 * inlined, then nr_loops), the queued callback visit; at a callback's exit, r0's precision and
 * range; after it, the widening of imprecise scalars against the state of the previous visit.
 * The rules themselves live in check/CallbackCall.
 */
package org.bpfplay.engine.verifier.explore;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.verifier.cfg.ProgramCheck;
import org.bpfplay.engine.verifier.check.CallbackCall;
import org.bpfplay.engine.verifier.check.Failure;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Callback visits of one verification run. */
final class Callbacks {
    private final Explorer ex;

    Callbacks(Explorer ex) {
        this.ex = ex;
    }

    /** The calls_callback marks: helper calls that run a callback synchronously. */
    static boolean[] callSites(Program prog) {
        boolean[] at = new boolean[prog.slotCount() + 1];
        for (int pc = 0; pc < prog.slotCount(); pc++) {
            Instruction in = prog.at(pc);
            if (in != null && (in.insnClass() == InsnClass.JMP) && in.jumpOp() == JumpOp.CALL
                    && in.src() == Pseudo.CALL_HELPER && ProgramCheck.isSyncCallbackHelper(in.imm32())) {
                at[pc] = true;
            }
        }
        return at;
    }

    /** What the helper asked for once its checks passed: precision, the iteration-limit note, the visit. */
    Failure afterHelper(CallbackCall.Pending p) {
        ex.cx().callback = null;
        for (int r : p.precise()) {
            ex.markPrecise(1 << r);
        }
        if (p.failure() != null) {
            return p.failure();
        }
        if (p.loopLimit() && ex.log().level2()) {
            ex.log().print("frame" + ex.cx().cur.curframe() + " bpf_loop iteration limit reached\n");
        }
        if (p.state() == null) {
            return null;
        }
        // the kernel's log shows the whole caller state as changed after a callback was queued
        ex.log().scratchAll();
        return ex.pushState(p.state(), p.start());
    }

    /** prepare_func_exit's checks of a callback's r0: a scalar, made precise, within [0, 1]. */
    Failure checkReturn() {
        RegState r0 = ex.cx().reg(0);
        Failure f = CallbackCall.checkReturnType(r0);
        if (f != null) {
            return f;
        }
        ex.markPrecise(1);
        return CallbackCall.checkReturnRange(ex.cx().reg(0));
    }

    /** Widens the caller's imprecise scalars against the previous visit's checkpoint at the call site. */
    void widen(int callsite) {
        VerifierState cur = ex.cx().cur;
        for (VerifierState st : ex.checkpointsAt(callsite)) {
            // find_prev_entry: the newest checkpoint there still being explored, with the same call sites
            if (st.branches > 0 && sameCallsites(st, cur)) {
                CallbackCall.widen(st, cur);
                return;
            }
        }
    }

    private static boolean sameCallsites(VerifierState a, VerifierState b) {
        if (a.frames.size() != b.frames.size()) {
            return false;
        }
        for (int i = 0; i < a.frames.size(); i++) {
            if (a.frames.get(i).callsite != b.frames.get(i).callsite) {
                return false;
            }
        }
        return true;
    }
}
