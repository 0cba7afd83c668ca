/*
 * Entry point of the verifier: structure checks first (they print no instruction trace), then
 * path exploration; the log is finished the way the kernel finishes it (level 1 keeps only the
 * summary for an accepted program, the failing path plus the error otherwise).
 */
package org.bpfplay.engine.verifier;

import java.util.List;
import java.util.function.Consumer;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.cfg.LiveRegs;
import org.bpfplay.engine.verifier.cfg.Loops;
import org.bpfplay.engine.verifier.cfg.ProgramCheck;
import org.bpfplay.engine.verifier.check.Failure;
import org.bpfplay.engine.verifier.explore.Explorer;
import org.bpfplay.engine.verifier.log.KernelDisasm;
import org.bpfplay.engine.verifier.log.VerifierEvent;
import org.bpfplay.engine.verifier.log.VerifierLog;

/**
 * Verifies programs the way Linux 6.18 does: the program types of VerifierOptions.SUPPORTED_TYPES, root and
 * CAP_BPF modes, maps and helper calls.
 */
public final class Verifier {
    private Verifier() {
    }

    /** How many events a result keeps at most (a 1M-instruction run would otherwise hold 1M states). */
    public static final int DEFAULT_KEPT_EVENTS = 200_000;

    public static VerificationResult verify(Program prog, VerifierOptions opts) {
        return verify(prog, opts, null, DEFAULT_KEPT_EVENTS);
    }

    /**
     * Verifies and hands every event to {@code listener} as it happens (on this thread, in order), so
     * a caller can stream a long exploration without holding it; the result keeps only the first
     * {@code keepEvents} events (0: none). A listener may stop the run by throwing; the exception
     * leaves this method unchanged.
     */
    public static VerificationResult verify(Program prog, VerifierOptions opts,
                                            Consumer<? super VerifierEvent> listener, int keepEvents) {
        return verify(prog, opts, null, new EventStream(listener, keepEvents));
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
        return verify(prog, opts, bad, new EventStream(null, DEFAULT_KEPT_EVENTS));
    }

    private record EventStream(Consumer<? super VerifierEvent> listener, int keep) {
    }

    private static VerificationResult verify(Program prog, VerifierOptions opts, boolean[] badSecondHalf,
                                             EventStream stream) {
        List<MapSpec> maps = opts.maps().isEmpty() ? prog.maps() : opts.maps();
        ProgramCheck pc = new ProgramCheck(prog, maps);
        Failure f = pc.run(badSecondHalf);
        if (f != null) {
            return structural(opts, f, pc.subprogsFound && opts.logLevel() >= 2 ? pc.funcLines() : "");
        }
        VerifierLog log = new VerifierLog(opts.logLevel());
        int[] live = LiveRegs.compute(prog, opts.progType(),
                opts.mode() == PrivilegeMode.CAP_BPF ? org.bpfplay.engine.helpers.Privilege.CAP_BPF
                        : org.bpfplay.engine.helpers.Privilege.ROOT);
        if (log.level2()) {
            log.print(pc.funcLines());
            log.print("Live regs before insn:\n");
            int[] scc = Loops.sccIds(prog);
            for (int i = 0; i < prog.slotCount(); i++) {
                if (prog.at(i) == null) {
                    continue;
                }
                String sccCol = scc[i] != 0 ? String.format("%3d ", scc[i]) : "    ";
                log.print(String.format("%s%3d: %s %s%n", sccCol, i, LiveRegs.row(live[i]), KernelDisasm.print(prog.at(i),
                        opts.mode() != PrivilegeMode.CAP_BPF)));
            }
        }
        Explorer ex = new Explorer(prog, opts, maps, log, pc.prunePoint, live,
                Loops.inCycle(prog), pc.subprogs);
        ex.streamEvents(stream.listener(), Math.max(0, stream.keep()));
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
        return structural(opts, f, "");
    }

    /** A rejection before exploration; {@code before} is what the log already held (level-2 func# lines). */
    private static VerificationResult structural(VerifierOptions opts, Failure f, String before) {
        VerificationResult r = new VerificationResult(false, f.errno(), f.message(), -1, "", 0, 0, 0, 0, List.of());
        String log = opts.logLevel() > 0 ? before + f.message() + "\n" + r.summaryLine() + "\n" : "";
        return new VerificationResult(false, f.errno(), f.message(), -1, log, 0, 0, 0, 0, List.of());
    }
}
