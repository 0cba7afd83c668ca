/*
 * Program-type checks check_helper_call makes once the call's arguments and map are fine
 * (Linux 6.18): bpf_tracing_func_proto hands bpf_get_func_ip to every tracing type, but
 * check_get_func_ip then keeps it for kprobes (and fentry/fexit-style BPF_PROG_TYPE_TRACING,
 * not modelled), refusing the others with ENOTSUPP.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.progtype.ProgramType;

/** Helper/program-type rules checked after the arguments. */
public final class ProgTypeHelperRules {
    private ProgTypeHelperRules() {
    }

    /**
     * True for a helper the program type's func_proto hands out although the verifier refuses it
     * later ({@link org.bpfplay.engine.helpers.HelperAccess} answers what may be called in the end).
     */
    public static boolean protoGiven(HelperId id, ProgramType type) {
        return id == HelperId.GET_FUNC_IP && !type.isNetworking();
    }

    /** check_get_func_ip; null when the call is fine. */
    static Failure afterCall(HelperId id, ProgramType type) {
        if (id == HelperId.GET_FUNC_IP && type != ProgramType.KPROBE) {
            return new Failure(Errno.ENOTSUPP, "func " + id.kernelName() + "#" + id.id
                    + " not supported for program type " + type.kernelId);
        }
        return null;
    }
}
