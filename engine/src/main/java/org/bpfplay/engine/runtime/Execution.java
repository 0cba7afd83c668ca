package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.helpers.TraceLine;
import org.bpfplay.engine.helpers.WorldState;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.jit.Jit;
import org.bpfplay.engine.jit.JitResult;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.PerfEventArray;
import org.bpfplay.engine.maps.PerfSample;
import org.bpfplay.engine.maps.RingBuffer;
import org.bpfplay.engine.maps.RingbufRecord;

/**
 * One prepared run: the machine with r1 = ctx, its maps and packet. Run it to the end with
 * {@link #run()}, or step it with {@link #debugger()} and read {@link #outcome()} at any point.
 * Helpers may be added or replaced through {@link #helpers()} before running.
 */
public final class Execution {
    private final Machine machine;
    private final RunInput input;
    private final MapSet maps;
    private final PacketContext packet;
    private final HelperRegistry helpers;
    private final List<String> events;
    private final WorldState world;
    /** Instructions after which the JIT translates the program; negative: never. */
    private long jitAfter;
    private boolean jitRequested;
    private JitResult jit;

    Execution(Machine machine, RunInput input, MapSet maps, PacketContext packet, HelperRegistry helpers,
              List<String> events, WorldState world, long jitAfter) {
        this.jitAfter = jitAfter;
        this.machine = machine;
        this.input = input;
        this.maps = maps;
        this.packet = packet;
        this.helpers = helpers;
        this.events = events;
        this.world = world;
    }

    /** The simulated world of this run: clock, random numbers, task, and the trace_printk output. */
    public WorldState world() {
        return world;
    }

    public Machine machine() {
        return machine;
    }

    public RunInput input() {
        return input;
    }

    public HelperRegistry helpers() {
        return helpers;
    }

    /** The live maps, in definition order. */
    public List<BpfMap> maps() {
        return Collections.unmodifiableList(maps.maps());
    }

    /** The map with this name, or null. */
    public BpfMap map(String name) {
        return maps.byName(name);
    }

    /**
     * Runs to exit, fault or the end of the input's budget (the fast path): through the JIT when it
     * is on, once the runs have executed the JIT threshold's instructions (a refusal just means the
     * interpreter goes on).
     */
    public RunOutcome run() {
        if (jitAfter >= 0 && !jitRequested) {
            jitRequested = true;
            machine.compileWhenHot(() -> {
                jit = Jit.compile(machine);
                return jit.code();
            }, jitAfter);
        }
        machine.run(input.budget());
        return outcome();
    }

    /** What the JIT made of the program, or null if it has not translated it (off, or not hot yet). */
    public JitResult jit() {
        return jit;
    }

    /**
     * Runs the program again from the start over the same maps, packet and context (what test_run's
     * {@code repeat} does): registers reset, r1 = ctx, memory kept.
     */
    public RunOutcome runAgain() {
        machine.reset();
        machine.setRegister(1, packet.ctxAddress());
        return run();
    }

    /** A debugger over this run (step, step back, breakpoints), with the input's budget. */
    public Debugger debugger() {
        return new Debugger(machine, input.budget());
    }

    /** What the run produced so far (after {@link #run()} or a debugger session: the final state). */
    public RunOutcome outcome() {
        RunResult r = machine.result();
        Map<String, List<MapEntry>> dumps = new LinkedHashMap<>();
        for (BpfMap m : maps.maps()) {
            dumps.put(m.name(), m.entries());
        }
        // Output channels as records, in map order: what a user-space reader would consume.
        List<String> allEvents = new ArrayList<>(events);
        for (BpfMap m : maps.maps()) {
            if (m instanceof RingBuffer rb) {
                for (RingbufRecord rec : rb.records()) {
                    if (!rec.busy() && !rec.discarded()) {
                        allEvents.add("ringbuf " + m.name() + ": " + HexFormat.of().formatHex(rec.data()));
                    }
                }
            } else if (m instanceof PerfEventArray p) {
                for (PerfSample sample : p.samples()) {
                    allEvents.add("perf " + m.name() + "[" + sample.index() + "] cpu " + sample.cpu() + ": "
                            + HexFormat.of().formatHex(sample.data()));
                }
            }
        }
        List<String> trace = new ArrayList<>();
        for (TraceLine line : world.traceLines()) {
            trace.add(line.render());
        }
        return new RunOutcome(null, r, packet.dataOut(), dumps, List.copyOf(maps.changes), allEvents, trace);
    }
}
