package org.bpfplay.engine.interp.bench;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.interp.VirtualField;
import org.bpfplay.engine.jit.Jit;
import org.bpfplay.engine.jit.JitResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the interpreter's fast path ({@link Machine#run}, bounds checks on, budget on) and of
 * the same machines with JIT-compiled code attached ({@code *Jit}), in
 * eBPF instructions per second, each next to a Java baseline doing the same work, reported in the
 * same unit ("equivalent instructions" per second) so that score ratios read directly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class InterpreterBench {
    static final int ROUNDS = 1_000_000;
    /** aluLoopInsns(ROUNDS): 2 + 7 * ROUNDS + 1. */
    static final int ALU_INSNS = 7_000_003;
    /** memoryLoopInsns(ROUNDS): 2 + 9 * ROUNDS + 2. */
    static final int MEM_INSNS = 9_000_004;
    /** Packets parsed per invocation. */
    static final int PACKETS = 1000;

    /** A 42-byte Ethernet/IPv4/UDP frame to port 0x1f90 (8080). */
    static final byte[] UDP_PACKET = HexFormat.of().parseHex(
            "000102030405060708090a0b0800450000540000400040110000c0a80001c0a800020035" + "1f9000080000");

    Machine alu;
    MinimalSwitchInterpreter minimal;
    Machine mem;
    Machine pkt;
    /** The same programs on machines with JIT-compiled code attached. */
    Machine aluJit;
    Machine memJit;
    Machine pktJit;
    long ctx;
    long ctxJit;
    byte[] javaStack;
    byte[] packet;
    /** Eight copies for the Java twin, so the JIT cannot hoist the parse out of its loop. */
    byte[][] javaPackets;
    final Budget budget = Budget.DEFAULT;

    @Setup(Level.Trial)
    public void setUp() {
        if (BenchPrograms.aluLoopInsns(ROUNDS) != ALU_INSNS || BenchPrograms.memoryLoopInsns(ROUNDS) != MEM_INSNS) {
            throw new IllegalStateException("instruction counts out of date");
        }
        alu = new Machine(BenchPrograms.aluLoop(ROUNDS), new Memory(), new HelperRegistry());
        minimal = new MinimalSwitchInterpreter(BenchPrograms.aluLoop(ROUNDS));
        if (minimal.run() != BenchPrograms.aluLoopJava(ROUNDS)) {
            throw new IllegalStateException("minimal interpreter disagrees");
        }
        mem = new Machine(BenchPrograms.memoryLoop(ROUNDS), new Memory(), new HelperRegistry());
        packet = UDP_PACKET.clone();
        Memory m = new Memory();
        pkt = new Machine(BenchPrograms.packetParse(), m, new HelperRegistry());
        ctx = packetContext(m, packet);
        aluJit = compiled(new Machine(BenchPrograms.aluLoop(ROUNDS), new Memory(), new HelperRegistry()));
        memJit = compiled(new Machine(BenchPrograms.memoryLoop(ROUNDS), new Memory(), new HelperRegistry()));
        Memory mj = new Memory();
        pktJit = compiled(new Machine(BenchPrograms.packetParse(), mj, new HelperRegistry()));
        ctxJit = packetContext(mj, UDP_PACKET.clone());
        javaStack = new byte[64];
        javaPackets = new byte[8][];
        for (int i = 0; i < 8; i++) {
            javaPackets[i] = UDP_PACKET.clone();
        }
        check(alu, BenchPrograms.aluLoopJava(ROUNDS), ALU_INSNS);
        check(pkt, BenchPrograms.packetParseJava(packet), BenchPrograms.PACKET_PARSE_INSNS);
        check(aluJit, BenchPrograms.aluLoopJava(ROUNDS), ALU_INSNS);
        check(pktJit, BenchPrograms.packetParseJava(packet), BenchPrograms.PACKET_PARSE_INSNS);
        mem.reset();
        memJit.reset();
        if (mem.run(budget).r0() != memJit.run(budget).r0()) {
            throw new IllegalStateException("compiled memoryLoop disagrees with the interpreter");
        }
    }

    /** An xdp_md context over a packet region in {@code m}; returns the context's address. */
    private static long packetContext(Memory m, byte[] bytes) {
        int p = m.add(new Region("packet", RegionKind.PACKET, bytes, true));
        Region c = new Region("xdp_md", RegionKind.CONTEXT, new byte[24], 0, 24, false,
                List.of(new VirtualField("data", 0, 4), new VirtualField("data_end", 4, 4)));
        c.setVirtual("data", Memory.address(p));
        c.setVirtual("data_end", Memory.address(p, bytes.length));
        return Memory.address(m.add(c));
    }

    private static Machine compiled(Machine m) {
        JitResult r = Jit.attach(m);
        if (!r.ok()) {
            throw new IllegalStateException(r.toString());
        }
        return m;
    }

    private void check(Machine m, long expected, long insns) {
        m.reset();
        if (m == pkt) {
            m.setRegister(1, ctx);
        } else if (m == pktJit) {
            m.setRegister(1, ctxJit);
        }
        RunResult r = m.run(budget);
        if (!r.exited() || r.r0() != expected || r.instructions() != insns) {
            throw new IllegalStateException("benchmark program disagrees with its Java twin: " + r
                    + " expected r0=" + expected + " insns=" + insns);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoop() {
        alu.reset();
        return alu.run(budget).r0();
    }

    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoopJit() {
        aluJit.reset();
        return aluJit.run(budget).r0();
    }

    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoopJavaBaseline() {
        return BenchPrograms.aluLoopJava(ROUNDS);
    }

    /** The ceiling of a bare switch interpreter on this machine (no checks, no budget). */
    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoopMinimalInterpreter() {
        return minimal.run();
    }

    @Benchmark
    @OperationsPerInvocation(MEM_INSNS)
    public long memoryLoop() {
        mem.reset();
        return mem.run(budget).r0();
    }

    @Benchmark
    @OperationsPerInvocation(MEM_INSNS)
    public long memoryLoopJit() {
        memJit.reset();
        return memJit.run(budget).r0();
    }

    @Benchmark
    @OperationsPerInvocation(MEM_INSNS)
    public long memoryLoopJavaBaseline() {
        return BenchPrograms.memoryLoopJava(ROUNDS, javaStack);
    }

    @Benchmark
    @OperationsPerInvocation(PACKETS * BenchPrograms.PACKET_PARSE_INSNS)
    public long packetParse() {
        long sum = 0;
        for (int i = 0; i < PACKETS; i++) {
            pkt.reset();
            pkt.setRegister(1, ctx);
            sum += pkt.run(budget).r0();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PACKETS * BenchPrograms.PACKET_PARSE_INSNS)
    public long packetParseJit() {
        long sum = 0;
        for (int i = 0; i < PACKETS; i++) {
            pktJit.reset();
            pktJit.setRegister(1, ctxJit);
            sum += pktJit.run(budget).r0();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PACKETS * BenchPrograms.PACKET_PARSE_INSNS)
    public long packetParseJavaBaseline() {
        long sum = 0;
        for (int i = 0; i < PACKETS; i++) {
            sum += BenchPrograms.packetParseJava(javaPackets[i & 7]);
        }
        return sum;
    }
}
