package org.bpfplay.engine.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.bpfplay.engine.interp.ExternalState;

/**
 * The mutable part of a {@link World} during one run: the monotonic clock, the random generator,
 * the trace_pipe output and the spin locks held. It is an {@link ExternalState}, so a debugger that
 * steps back restores it and replays the same values.
 *
 * Random numbers: SplitMix64 (Steele, Lea, Flood 2014; the generator of java.util.SplittableRandom)
 * seeded with {@link World#seed()}; get_prandom_u32 returns the high 32 bits of each output. The
 * kernel uses a per-CPU Tausworthe generator seeded from entropy, so only the distribution, not
 * the values, is comparable.
 */
public final class WorldState implements ExternalState {
    private static final long GOLDEN_GAMMA = 0x9e37_79b9_7f4a_7c15L;

    private final World world;
    private long monotonicNs;
    private long prng;
    private final List<TraceLine> trace = new ArrayList<>();
    private final TreeSet<Long> heldLocks = new TreeSet<>();

    public WorldState(World world) {
        this.world = world;
        reset();
    }

    /** Back to the start of a run: clock at startNs, generator at the seed, no output, no locks. */
    public void reset() {
        monotonicNs = world.startNs();
        prng = world.seed();
        trace.clear();
        heldLocks.clear();
    }

    public World world() {
        return world;
    }

    // ---- clock ------------------------------------------------------------------------------

    /** Advances the clock by one step and returns CLOCK_MONOTONIC. */
    public long tickMonotonic() {
        monotonicNs += world.clockStepNs();
        return monotonicNs;
    }

    /** CLOCK_MONOTONIC now, without advancing. */
    public long monotonicNs() {
        return monotonicNs;
    }

    public long bootNs(long monotonic) {
        return monotonic + world.suspendedNs();
    }

    public long coarseNs(long monotonic) {
        return monotonic - Math.floorMod(monotonic, world.tickNs());
    }

    public long jiffies64(long monotonic) {
        return world.initialJiffies() + monotonic / world.tickNs();
    }

    // ---- random -----------------------------------------------------------------------------

    /** The next 32-bit pseudo-random number. */
    public int nextU32() {
        prng += GOLDEN_GAMMA;
        long z = prng;
        z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
        z = z ^ (z >>> 31);
        return (int) (z >>> 32);
    }

    // ---- trace_pipe ---------------------------------------------------------------------------

    /** Records a trace_printk event at the current time. */
    public void trace(String message) {
        trace.add(new TraceLine(world.comm(), world.pid(), world.cpu(), world.traceFlags(), monotonicNs, message));
    }

    /** The events so far, oldest first. */
    public List<TraceLine> traceLines() {
        return List.copyOf(trace);
    }

    /** All events as trace_pipe would print them. */
    public String tracePipe() {
        StringBuilder sb = new StringBuilder();
        for (TraceLine l : trace) {
            sb.append(l.render());
        }
        return sb.toString();
    }

    // ---- spin locks -------------------------------------------------------------------------

    /** Takes the lock at an address; false if it is already held (the verifier forbids nesting). */
    public boolean lock(long address) {
        return heldLocks.add(address);
    }

    /** Releases the lock; false if it was not held. */
    public boolean unlock(long address) {
        return heldLocks.remove(address);
    }

    /** Addresses of the locks held now, ascending. */
    public List<Long> heldLocks() {
        return List.copyOf(heldLocks);
    }

    // ---- ExternalState --------------------------------------------------------------------------

    private record Saved(long monotonicNs, long prng, List<TraceLine> trace, List<Long> locks) {
    }

    @Override
    public Object save() {
        return new Saved(monotonicNs, prng, List.copyOf(trace), List.copyOf(heldLocks));
    }

    @Override
    public void restore(Object saved) {
        Saved s = (Saved) saved;
        monotonicNs = s.monotonicNs();
        prng = s.prng();
        trace.clear();
        trace.addAll(s.trace());
        heldLocks.clear();
        heldLocks.addAll(s.locks());
    }
}
