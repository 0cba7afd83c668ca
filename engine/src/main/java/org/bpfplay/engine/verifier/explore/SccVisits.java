/*
 * The 6.18 loop bookkeeping that shows in the level-2 log (maybe_enter_scc / maybe_exit_scc):
 * a checkpoint stored inside a strongly connected component of the CFG opens a "visit" of that
 * component for its call chain (the call sites of the frames outside the component, then the
 * component id) unless one is already open ("SCC enter (1)"); when every path below the
 * visit's entry checkpoint is done the visit closes ("SCC exit (1)").
 */
package org.bpfplay.engine.verifier.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.verifier.cfg.Loops;
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Open SCC visits, keyed by call chain, with their entry checkpoint. */
final class SccVisits {
    private final int[] scc;
    private final VerifierLog log;
    private final Map<List<Integer>, VerifierState> entry = new HashMap<>();

    SccVisits(Program prog, VerifierLog log) {
        this.scc = Loops.sccIds(prog);
        this.log = log;
    }

    /** compute_scc_callchain: outer call sites up to the first frame whose pc is in an SCC, then its id; null if none. */
    private List<Integer> callchain(VerifierState st) {
        List<Integer> chain = new ArrayList<>();
        for (int i = 0; i <= st.curframe(); i++) {
            int pc = i == st.curframe() ? st.insnIdx : st.frames.get(i + 1).callsite;
            int id = pc >= 0 && pc < scc.length ? scc[pc] : 0;
            if (id != 0) {
                chain.add(id);
                return chain;
            }
            chain.add(pc);
        }
        return null;
    }

    private static String name(List<Integer> chain) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < chain.size() - 1 && chain.get(i) != 0; i++) {
            sb.append(chain.get(i)).append(',');
        }
        return sb.append(chain.get(chain.size() - 1)).append(')').toString();
    }

    /** maybe_enter_scc for a new checkpoint. */
    void enter(VerifierState checkpoint) {
        List<Integer> chain = callchain(checkpoint);
        if (chain != null && entry.get(chain) == null) {
            entry.put(chain, checkpoint);
            if (log.level2()) {
                log.print("SCC enter " + name(chain) + "\n");
            }
        }
    }

    /** maybe_exit_scc for a state whose branches dropped to zero. */
    void exit(VerifierState st) {
        List<Integer> chain = callchain(st);
        if (chain != null && entry.get(chain) == st) {
            entry.put(chain, null);
            if (log.level2()) {
                log.print("SCC exit " + name(chain) + "\n");
            }
        }
    }
}
