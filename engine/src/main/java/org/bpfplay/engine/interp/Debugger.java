package org.bpfplay.engine.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A debugger over one run: step, run to the end or to a breakpoint, and step back any number of
 * instructions, with the machine's full state observable after each command and a
 * {@link StepReport} of what changed.
 *
 * Backwards stepping re-executes: the debugger keeps full snapshots of the machine (position 0
 * always, then one every {@code interval} instructions); going to position p restores the latest
 * snapshot at or before p and runs forward to p (the interpreter is deterministic; helpers must be
 * too, with their outside state saved through {@link ExternalState}). Memory stays bounded: when
 * more than {@code maxSnapshots} are held, every other one is dropped and the interval doubles.
 * So at most {@code maxSnapshots + 1} snapshots exist, each about 200 bytes plus the writable
 * memory (4 KiB of stacks plus context, packet, map values); with the defaults (64, 1024) a
 * 100M-instruction run holds 65 snapshots and a step back re-executes at most 2 x interval
 * (about 3.2M) instructions.
 */
public final class Debugger {
    public static final int DEFAULT_MAX_SNAPSHOTS = 64;
    public static final long DEFAULT_INTERVAL = 1024;

    private final Machine m;
    private final Budget budget;
    private final int maxSnapshots;
    private final TreeMap<Long, Snapshot> snapshots = new TreeMap<>();
    private long interval;

    /** Debugs a machine that has not run yet, with the default limits. */
    public Debugger(Machine machine, Budget budget) {
        this(machine, budget, DEFAULT_MAX_SNAPSHOTS, DEFAULT_INTERVAL);
    }

    public Debugger(Machine machine, Budget budget, int maxSnapshots, long initialInterval) {
        if (maxSnapshots < 2 || initialInterval < 1) {
            throw new IllegalArgumentException("need at least 2 snapshots and an interval >= 1");
        }
        this.m = machine;
        this.budget = budget;
        this.maxSnapshots = maxSnapshots;
        this.interval = initialInterval;
        snapshots.put(machine.insnCount, machine.capture());
    }

    public Machine machine() {
        return m;
    }

    /** Instructions executed so far. */
    public long position() {
        return m.insnCount;
    }

    public int snapshotCount() {
        return snapshots.size();
    }

    public long snapshotInterval() {
        return interval;
    }

    /** Approximate bytes held by snapshots. */
    public long retainedBytes() {
        long n = 0;
        for (Snapshot s : snapshots.values()) {
            n += s.footprint();
        }
        return n;
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Executes one instruction, reporting exactly the registers and bytes it changed. */
    public StepReport step() {
        long posBefore = m.insnCount;
        int pcBefore = m.pc;
        int depthBefore = m.depth;
        long[] regsBefore = m.regs.clone();
        if (m.status != RunStatus.RUNNING) {
            return report(posBefore, pcBefore, depthBefore, regsBefore, List.of(), false);
        }
        WriteJournal journal = new WriteJournal();
        m.memory.journal = journal;
        try {
            if (m.insnCount >= budget.maxInstructions()) {
                m.stop(Fault.of(FaultKind.INSN_LIMIT, m.pc, "more than " + budget.maxInstructions()
                        + " instructions executed"));
            } else {
                ExecLoop.execute(m, m.code.words, 1);
            }
        } finally {
            m.memory.journal = null;
        }
        List<StepReport.MemoryChange> mem = new ArrayList<>();
        for (WriteJournal.Entry e : journal.entries()) {
            Region r = m.memory.region(e.regionId());
            if (r == null) {
                continue;
            }
            byte[] after = new byte[e.before().length];
            System.arraycopy(r.bytes(), r.offset() + e.offset(), after, 0, after.length);
            if (!Arrays.equals(after, e.before())) {
                mem.add(new StepReport.MemoryChange(e.regionId(), r.name(), e.offset(), e.before(), after));
            }
        }
        maybeSnapshot();
        return report(posBefore, pcBefore, depthBefore, regsBefore, mem, false);
    }

    /** Steps back one instruction (from a fault: to the state just before the faulting instruction). */
    public StepReport stepBack() {
        return stepBack(1);
    }

    /** Steps back {@code n} instructions (not before position 0). */
    public StepReport stepBack(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot step back a negative count");
        }
        long target = m.status == RunStatus.FAULTED ? m.insnCount - (n - 1) : m.insnCount - n;
        return goTo(Math.max(0, Math.min(target, m.insnCount)));
    }

    /** Moves to the state after exactly {@code position} instructions (forwards or backwards). */
    public StepReport goTo(long position) {
        position = Math.max(snapshots.firstKey(), Math.min(position, budget.maxInstructions()));
        Snapshot before = m.capture();
        if (position < m.insnCount || (position == m.insnCount && m.status == RunStatus.FAULTED)) {
            Map.Entry<Long, Snapshot> e = snapshots.floorEntry(position);
            m.restore(e.getValue());
        }
        forward(position, m.code.words);
        return diff(before, false);
    }

    /** Runs until exit, fault or the budget's instruction limit. */
    public StepReport runToEnd() {
        return runToBreakpoint(List.of());
    }

    /**
     * Runs until the next instruction to execute is at one of {@code pcs} (the current instruction
     * runs first even if it has a breakpoint), or exit, fault, or the budget.
     */
    public StepReport runToBreakpoint(Collection<Integer> pcs) {
        return runToBreakpoint(pcs, () -> false);
    }

    /**
     * As {@link #runToBreakpoint(Collection)}, also pausing (still running, where it is) as soon as
     * {@code stop} answers true; it is asked between chunks of at most {@link Budget#CHECK_INTERVAL}
     * instructions, so a server can cancel a long run from another thread within milliseconds.
     */
    public StepReport runToBreakpoint(Collection<Integer> pcs, java.util.function.BooleanSupplier stop) {
        Snapshot before = m.capture();
        if (m.status != RunStatus.RUNNING) {
            return diff(before, false);
        }
        long[] words = m.code.words;
        if (!pcs.isEmpty()) {
            words = m.code.withBreakpoints(pcs);
            forward(m.insnCount + 1, m.code.words);
        }
        long deadline = budget.maxNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + budget.maxNanos();
        boolean hit = false;
        while (m.status == RunStatus.RUNNING) {
            long left = budget.maxInstructions() - m.insnCount;
            if (left <= 0) {
                m.stop(Fault.of(FaultKind.INSN_LIMIT, m.pc, "more than " + budget.maxInstructions()
                        + " instructions executed"));
                break;
            }
            long chunk = Math.min(Math.min(left, Budget.CHECK_INTERVAL), nextSnapshotAt() - m.insnCount);
            int r = ExecLoop.execute(m, words, chunk);
            maybeSnapshot();
            if (r == ExecLoop.BREAK) {
                hit = true;
                break;
            }
            if (m.status == RunStatus.RUNNING && stop.getAsBoolean()) {
                break;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                m.stop(Fault.of(FaultKind.TIME_LIMIT, m.pc, "run took longer than " + budget.maxNanos() / 1_000_000
                        + " ms"));
            }
        }
        return diff(before, hit);
    }

    // ---- internals -----------------------------------------------------------------------------

    /** Re-executes from the current state to {@code target} (no further than exit or fault). */
    private void forward(long target, long[] words) {
        while (m.status == RunStatus.RUNNING && m.insnCount < target) {
            long chunk = Math.min(target - m.insnCount, nextSnapshotAt() - m.insnCount);
            ExecLoop.execute(m, words, Math.min(chunk, Budget.CHECK_INTERVAL));
            maybeSnapshot();
        }
    }

    private long nextSnapshotAt() {
        long next = snapshots.lastKey() + interval;
        return next > m.insnCount ? next : m.insnCount + interval;
    }

    /** Takes a snapshot when the run has passed the last one by an interval; thins when too many. */
    private void maybeSnapshot() {
        if (m.status != RunStatus.RUNNING || m.insnCount < snapshots.lastKey() + interval) {
            return;
        }
        snapshots.put(m.insnCount, m.capture());
        if (snapshots.size() > maxSnapshots) {
            List<Long> keys = new ArrayList<>(snapshots.keySet());
            for (int i = 1; i < keys.size(); i += 2) {
                snapshots.remove(keys.get(i));
            }
            interval *= 2;
        }
    }

    private StepReport report(long posBefore, int pcBefore, int depthBefore, long[] regsBefore,
                              List<StepReport.MemoryChange> mem, boolean hit) {
        List<StepReport.RegisterChange> regs = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            if (regsBefore[i] != m.regs[i]) {
                regs.add(new StepReport.RegisterChange(i, regsBefore[i], m.regs[i]));
            }
        }
        return new StepReport(posBefore, m.insnCount, pcBefore, m.pc, depthBefore, m.depth, m.status, m.fault, hit,
                regs, mem);
    }

    /** A report comparing a full capture with the current state, byte by byte. */
    private StepReport diff(Snapshot before, boolean hit) {
        List<StepReport.MemoryChange> mem = new ArrayList<>();
        int n = Math.min(before.regionCount(), m.memory.count);
        for (int id = 1; id < n; id++) {
            byte[] old = before.bytes()[id];
            Region r = m.memory.regions[id];
            if (old == null) {
                continue;
            }
            byte[] now = r.snapshotBytes();
            int i = 0;
            while (i < now.length) {
                if (now[i] == old[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < now.length && now[j] != old[j]) {
                    j++;
                }
                mem.add(new StepReport.MemoryChange(id, r.name(), i, Arrays.copyOfRange(old, i, j),
                        Arrays.copyOfRange(now, i, j)));
                i = j;
            }
        }
        return report(before.position(), before.pc(), before.depth(), before.regs(), mem, hit);
    }
}
