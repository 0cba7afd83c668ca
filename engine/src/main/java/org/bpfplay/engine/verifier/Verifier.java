/*
 * Entry point of the verifier: structure checks first (they print no instruction trace), then
 * path exploration; the log is finished the way the kernel finishes it (level 1 keeps only the
 * summary for an accepted program, the failing path plus the error otherwise).
 */
package org.bpfplay.engine.verifier;

import java.util.List;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.cfg.LiveRegs;
import org.bpfplay.engine.verifier.cfg.Loops;
import org.bpfplay.engine.verifier.cfg.ProgramCheck;
import org.bpfplay.engine.verifier.check.Failure;
import org.bpfplay.engine.verifier.explore.Explorer;
import org.bpfplay.engine.verifier.log.KernelDisasm;
import org.bpfplay.engine.verifier.log.VerifierLog;

/** Verifies programs the way Linux 6.18 does (root mode, socket_filter and xdp, with maps and helper calls). */
public final class Verifier {
    private Verifier() {
    }

    public static VerificationResult verify(Program prog, VerifierOptions opts) {
        return verify(prog, opts, null);
    }

    /**
     * Verifies raw instruction bytes, so that malformed ld_imm64 second halves are reported as
     * the kernel reports them.
     */
    public static VerificationResult verify(byte[] code, VerifierOptions opts) {
        Encoding.Decoded d = Encoding.decode(code);
        Program prog = Program.of(d.instructions());
        boolean[] bad = new boolean[prog.slotCount() + 1];
        for (var e : d.errors()) {
            if (e.slot() >= 0 && e.slot() < bad.length) {
                bad[e.slot()] = true;
            }
        }
        if (code.length % 8 != 0 || code.length == 0) {
            return structural(opts, Failure.einval("invalid program length " + code.length));
        }
        if (prog.slotCount() * 8 != code.length) {
            return structural(opts, Failure.einval("invalid bpf_ld_imm64 insn"));
        }
        return verify(prog, opts, bad);
    }

    private static VerificationResult verify(Program prog, VerifierOptions opts, boolean[] badSecondHalf) {
        List<MapSpec> maps = opts.maps().isEmpty() ? prog.maps() : opts.maps();
        ProgramCheck pc = new ProgramCheck(prog, maps);
        Failure f = pc.run(badSecondHalf);
        if (f != null) {
            return structural(opts, f);
        }
        VerifierLog log = new VerifierLog(opts.logLevel());
        int[] live = LiveRegs.compute(prog);
        if (log.level2()) {
            for (int start : pc.subprogs) {
                log.print("func#" + pc.subprogs.headSet(start).size() + " @" + start + "\n");
            }
            log.print("Live regs before insn:\n");
            int[] scc = Loops.sccIds(prog);
            for (int i = 0; i < prog.slotCount(); i++) {
                if (prog.at(i) == null) {
                    continue;
                }
                String sccCol = scc[i] != 0 ? String.format("%3d ", scc[i]) : "    ";
                log.print(String.format("%s%3d: %s %s%n", sccCol, i, LiveRegs.row(live[i]), KernelDisasm.print(prog.at(i))));
            }
        }
        Explorer ex = new Explorer(prog, opts, maps, log, pc.prunePoint, live,
                Loops.inCycle(prog));
        f = ex.run();
        if (f == null && opts.logLevel() == 1) {
            log.clear();
        }
        if (f != null) {
            log.print(f.message() + (f.newline() ? "\n" : ""));
        }
        VerificationResult partial = new VerificationResult(f == null, f == null ? null : f.errno(),
                f == null ? null : f.message(), ex.failingInsn(), "", ex.insnProcessed(), ex.totalStates(),
                ex.peakStates(), ex.maxStatesPerInsn(), List.of());
        log.print(partial.summaryLine() + "\n");
        return new VerificationResult(partial.accepted(), partial.errno(), partial.message(), partial.failingInsn(),
                log.text(), partial.processedInsns(), partial.totalStates(), partial.peakStates(),
                partial.maxStatesPerInsn(), List.copyOf(ex.events()));
    }

    private static VerificationResult structural(VerifierOptions opts, Failure f) {
        VerificationResult r = new VerificationResult(false, f.errno(), f.message(), -1, "", 0, 0, 0, 0, List.of());
        String log = opts.logLevel() > 0 ? f.message() + "\n" + r.summaryLine() + "\n" : "";
        return new VerificationResult(false, f.errno(), f.message(), -1, log, 0, 0, 0, 0, List.of());
    }
}
