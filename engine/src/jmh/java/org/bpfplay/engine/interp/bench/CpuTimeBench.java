package org.bpfplay.engine.interp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;

/**
 * The ALU loop (interpreted, bare switch, JIT-compiled) timed against the CPU time of the running thread instead of the wall clock: on a
 * machine whose cores are shared with other jobs, wall-clock throughput mostly measures the
 * scheduler, while instructions per CPU-second measure the code (cache and SMT sharing remain).
 * Run after {@code mvn -B -o -pl engine -Pbench test-compile}:
 * {@code java -cp engine/target/classes:engine/target/test-classes org.bpfplay.engine.interp.bench.CpuTimeBench}
 */
public final class CpuTimeBench {
    private static final int ROUNDS = 1_000_000;

    private CpuTimeBench() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        Machine alu = new Machine(BenchPrograms.aluLoop(ROUNDS), new Memory(), new HelperRegistry());
        Machine jit = new Machine(BenchPrograms.aluLoop(ROUNDS), new Memory(), new HelperRegistry());
        if (!org.bpfplay.engine.jit.Jit.attach(jit).ok()) {
            throw new IllegalStateException("the JIT refused the ALU loop");
        }
        MinimalSwitchInterpreter minimal = new MinimalSwitchInterpreter(BenchPrograms.aluLoop(ROUNDS));
        long insns = BenchPrograms.aluLoopInsns(ROUNDS);
        long expect = BenchPrograms.aluLoopJava(ROUNDS);
        Budget budget = Budget.DEFAULT;
        for (int rep = 0; rep < reps; rep++) {
            long c0 = t.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            long sink = 0;
            for (int i = 0; i < 20; i++) {
                alu.reset();
                sink += alu.run(budget).r0() == expect ? 0 : 1;
            }
            long c1 = t.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                sink += minimal.run() == expect ? 0 : 1;
            }
            long c2 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                jit.reset();
                sink += jit.run(budget).r0() == expect ? 0 : 1;
            }
            long c3 = t.getCurrentThreadCpuTime();
            if (sink != 0) {
                throw new IllegalStateException("wrong result");
            }
            double interp = 20.0 * insns / ((c1 - c0) / 1e9) / 1e6;
            double wall = 20.0 * insns / ((w1 - w0) / 1e9) / 1e6;
            double min = 20.0 * insns / ((c2 - c1) / 1e9) / 1e6;
            double compiled = 20.0 * insns / ((c3 - c2) / 1e9) / 1e6;
            System.out.printf("rep %2d  aluLoop %7.1f M/cpu-s (%7.1f M/wall-s)  minimal %7.1f M/cpu-s  ratio %.2f"
                    + "  jit %7.1f M/cpu-s%n", rep, interp, wall, min, interp / min, compiled);
        }
        memoryAndPackets(reps);
    }

    /** memoryLoop and packetParse, interpreted and compiled, on {@link InterpreterBench}'s machines. */
    private static void memoryAndPackets(int reps) {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        InterpreterBench b = new InterpreterBench();
        b.setUp();
        for (int rep = 0; rep < reps; rep++) {
            long sink = 0;
            long c0 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < 10; i++) {
                sink += b.memoryLoop();
            }
            long c1 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < 10; i++) {
                sink += b.memoryLoopJit();
            }
            long c2 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < 100; i++) {
                sink += b.packetParse();
            }
            long c3 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < 100; i++) {
                sink += b.packetParseJit();
            }
            long c4 = t.getCurrentThreadCpuTime();
            double memInsns = 10.0 * InterpreterBench.MEM_INSNS;
            double pktInsns = 100.0 * InterpreterBench.PACKETS * BenchPrograms.PACKET_PARSE_INSNS;
            System.out.printf("rep %2d  memoryLoop %7.1f M/cpu-s  jit %7.1f M/cpu-s   packetParse %7.1f M/cpu-s"
                    + "  jit %7.1f M/cpu-s  (%d)%n", rep, memInsns / ((c1 - c0) / 1e3), memInsns / ((c2 - c1) / 1e3),
                    pktInsns / ((c3 - c2) / 1e3), pktInsns / ((c4 - c3) / 1e3), sink & 1);
        }
    }
}
