package org.bpfplay.engine.verifier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierBenchPrograms;
import org.bpfplay.engine.verifier.VerifierOptions;

/**
 * The verifier benchmark programs timed by CPU time as well as by the wall clock, next to the
 * kernel's recorded "verification time" (engine/src/test/resources/verifier/bench/
 * kernel-verify-times.tsv): on a machine whose two cores are shared with other jobs, wall-clock
 * figures mostly measure the scheduler. The thread CPU time (best of the runs) is the verifier's
 * own work; the process CPU time (mean, its clock is coarse) adds the GC and JIT threads. Prints a Markdown table (BENCHMARKS.md, "Verifier").
 * Run after {@code mvn -B -o -pl engine -Pbench test-compile}:
 * {@code java -cp engine/target/classes:engine/target/test-classes org.bpfplay.engine.verifier.bench.VerifierCpuTime [reps]}
 */
public final class VerifierCpuTime {
    private VerifierCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, long[]> kernel = kernelTimes(Paths.get("engine/src/test/resources/verifier/bench/kernel-verify-times.tsv"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("| program | level | processed | ours thread CPU ms | ours process CPU ms (mean) | ours wall ms"
                + " | kernel ms (min) | ours / kernel (thread CPU) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (VerifierBenchPrograms.Shape s : VerifierBenchPrograms.Shape.values()) {
            for (int n : VerifierBenchPrograms.SIZES) {
                Program p = Assembler.assemble(VerifierBenchPrograms.source(s, n)).program();
                String name = VerifierBenchPrograms.fileName(s, n).replace(".s", "");
                for (int level : new int[] {0, 1}) {
                    VerifierOptions o = VerifierOptions.of(ProgramType.XDP, level);
                    int r = n >= 100_000 ? Math.max(2, reps / 2) : reps * 4;
                    VerificationResult v = null;
                    for (int i = 0; i < r; i++) {
                        v = Verifier.verify(p, o); // warm-up
                    }
                    long bestThread = Long.MAX_VALUE;
                    long totalProcess = 0;
                    long bestWall = Long.MAX_VALUE;
                    for (int i = 0; i < r; i++) {
                        long t0 = threads.getCurrentThreadCpuTime();
                        long p0 = os.getProcessCpuTime();
                        long w0 = System.nanoTime();
                        v = Verifier.verify(p, o);
                        bestWall = Math.min(bestWall, System.nanoTime() - w0);
                        totalProcess += os.getProcessCpuTime() - p0; // coarse clock: averaged, not min
                        bestThread = Math.min(bestThread, threads.getCurrentThreadCpuTime() - t0);
                    }
                    long[] k = kernel.get(name + "/" + (level == 0 ? 4 : 5));
                    double kms = k == null ? Double.NaN : k[0] / 1000.0;
                    System.out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f |%n", name, level,
                            v.processedInsns(), bestThread / 1e6, totalProcess / 1e6 / r, bestWall / 1e6, kms,
                            (bestThread / 1e6) / kms);
                }
            }
        }
    }

    /** program/level -> {min usec, processed}. */
    private static Map<String, long[]> kernelTimes(Path tsv) throws IOException {
        Map<String, long[]> m = new HashMap<>();
        if (!Files.exists(tsv)) {
            return m;
        }
        for (String l : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (l.startsWith("#") || f.length < 9 || !f[7].matches("\\d+")) {
                continue;
            }
            m.put(f[0] + "/" + f[1], new long[] {Long.parseLong(f[7]), Long.parseLong(f[4])});
        }
        return m;
    }
}
