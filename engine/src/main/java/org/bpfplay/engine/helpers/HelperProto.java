package org.bpfplay.engine.helpers;

import java.util.List;

/**
 * A helper's prototype as the verifier sees it ({@code struct bpf_func_proto}): return type, up to
 * five argument types, gpl_only and pkt_access, plus a one-line description for the UI. Where the
 * kernel has per-program-type variants of a proto (perf_event_output, get_stackid, redirect) the
 * argument types agree and one record stands for all.
 */
public record HelperProto(HelperId id, RetType ret, List<ArgSpec> args, boolean gplOnly, boolean pktAccess,
                          String description) {
    public HelperProto {
        if (args.size() > 5) {
            throw new IllegalArgumentException(id + ": at most 5 arguments");
        }
        args = List.copyOf(args);
    }

    /** Argument n (1..5), or ARG_DONTCARE past the declared ones. */
    public ArgSpec arg(int n) {
        return n >= 1 && n <= args.size() ? args.get(n - 1) : ArgSpec.of(ArgType.ARG_DONTCARE);
    }

    public int argCount() {
        return args.size();
    }

    /** A C-like signature, e.g. {@code RET_INTEGER bpf_ktime_get_ns(void)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(ret.name()).append(' ').append(id.kernelName()).append('(');
        if (args.isEmpty()) {
            sb.append("void");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(args.get(i));
        }
        return sb.append(')').toString();
    }
}
