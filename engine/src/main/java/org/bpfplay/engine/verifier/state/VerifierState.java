package org.bpfplay.engine.verifier.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole exploration state: the call frames (innermost last) plus the bookkeeping pruning needs:
 * the checkpoint it descends from ({@code parent}) and, for checkpoints, how many paths below it
 * are still being explored ({@code branches}, the kernel's branch count).
 */
public final class VerifierState {
    public final List<FuncState> frames = new ArrayList<>();
    public VerifierState parent;
    public int branches = 1;
    /** The pc this state is at (for checkpoints: the prune point it was stored at). */
    public int insnIdx;
    /** References acquired and not yet released, oldest first (immutable; replaced on change). */
    public List<Ref> refs = List.of();

    /** The log's {@code " refs=2,3"} suffix of a state line, or "". */
    public String refsSuffix() {
        if (refs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" refs=");
        for (int i = 0; i < refs.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(refs.get(i).id());
        }
        return sb.toString();
    }
    /** A path the CPU may only take speculatively (pushed by sanitize_speculative_path, !bypass_spec_v1). */
    public boolean speculative;
    /** How many callback frames were entered on the way to this state (callback_unroll_depth). */
    public int callbackUnrollDepth;

    public FuncState cur() {
        return frames.get(frames.size() - 1);
    }

    public int curframe() {
        return frames.size() - 1;
    }

    public VerifierState copy() {
        VerifierState s = new VerifierState();
        for (FuncState f : frames) {
            s.frames.add(f.copy());
        }
        s.parent = parent;
        s.branches = branches;
        s.insnIdx = insnIdx;
        s.refs = refs;
        s.speculative = speculative;
        s.callbackUnrollDepth = callbackUnrollDepth;
        return s;
    }
}
