package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.bpfplay.engine.helpers.Callbacks;
import org.bpfplay.engine.helpers.World;
import org.bpfplay.engine.helpers.WorldState;
import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.jit.Jit;
import org.bpfplay.engine.progtype.PacketModel;

/**
 * The facade: prepares a run of a program as BPF_PROG_TEST_RUN would (maps created and pre-filled,
 * packet and context built with the kernel's checks, LD_IMM64 map references resolved, map/packet
 * helpers and tail calls installed, plus any {@link HelperLibrary}), then runs it or hands it to a
 * debugger. Immutable; {@link #withHelpers} returns a copy with one more library.
 *
 * <pre>
 *   RunOutcome o = new ProgramRun().run(program, RunInput.of(ProgramType.XDP, packet));
 * </pre>
 */
public final class ProgramRun {
    private final List<HelperLibrary> libraries;
    /** Instructions after which executions translate the program; negative: interpreter only. */
    private final long jitAfter;

    /**
     * Runs through the JIT once a run is hot ({@link Jit#hotThreshold()} instructions) unless the
     * system property {@code bpfplay.jit} is {@code false}.
     */
    public ProgramRun() {
        this(List.of(), Jit.enabledByDefault() ? Jit.hotThreshold() : -1);
    }

    private ProgramRun(List<HelperLibrary> libraries, long jitAfter) {
        this.libraries = List.copyOf(libraries);
        this.jitAfter = jitAfter;
    }

    /** A copy that also installs {@code library} in every run. */
    public ProgramRun withHelpers(HelperLibrary library) {
        List<HelperLibrary> l = new ArrayList<>(libraries);
        l.add(library);
        return new ProgramRun(l, jitAfter);
    }

    /** A copy whose executions run through the JIT from their first instruction ({@code true}) or only the interpreter. */
    public ProgramRun withJit(boolean on) {
        return new ProgramRun(libraries, on ? 0 : -1);
    }

    /** Prepares and runs; a setup failure comes back as {@link RunOutcome#error()}. */
    public RunOutcome run(Program program, RunInput input) {
        Prepared p = prepare(program, List.of(), input);
        return p.ok() ? p.execution().run() : RunOutcome.failed(p.error());
    }

    public Prepared prepare(Program program, RunInput input) {
        return prepare(program, List.of(), input);
    }

    /**
     * Prepares a run. {@code tailTargets} are the programs a prog_array may hold: program id {@code i}
     * is {@code tailTargets.get(i)} (a prog_array value is that id); they share the main program's maps.
     */
    public Prepared prepare(Program program, List<Program> tailTargets, RunInput input) {
        MapSet maps = new MapSet();
        RunError e = maps.create(program.maps(), input.cpus());
        if (e == null) {
            e = maps.init(input.inits());
        }
        if (e != null) {
            return new Prepared(null, e);
        }
        Memory memory = new Memory();
        Object built;
        if (input.type().packet == PacketModel.XDP) {
            built = XdpContext.build(input.data(), input.ctx(), memory);
        } else if (input.type().packet == PacketModel.NONE) {
            built = PlainContext.build(input.type(), input.ctx(), memory);
        } else {
            built = SkbContext.build(input.type(), input.data(), input.ctx(), memory);
        }
        if (built instanceof RunError err) {
            return new Prepared(null, err);
        }
        PacketContext packet = (PacketContext) built;
        maps.attach(memory);
        List<String> events = new ArrayList<>();
        HelperRegistry helpers = new HelperRegistry();
        // The simulated world's helpers first (clock, random, task, printk, probe_read, ...), so the
        // runtime's own map, packet and tail-call helpers below take precedence for any shared id.
        WorldState world = new WorldState(World.DEFAULT.withSeed(input.seed()));
        org.bpfplay.engine.helpers.HelperLibrary worldHelpers =
                org.bpfplay.engine.helpers.HelperLibrary.registerAll(helpers, world);
        MapHelpers.install(helpers, maps, world.world());
        RingbufHelpers.install(helpers, maps, memory);
        PacketHelpers.install(helpers, packet, events);
        ExternalState tailCalls = TailCall.install(helpers, maps, memory, tailTargets, packet, input, events);
        for (HelperLibrary lib : libraries) {
            lib.install(helpers, input);
        }
        Machine m = newMachine(program, memory, helpers, maps, packet);
        // bpf_loop and for_each_map_elem call back into the main program's machine.
        worldHelpers.connect((fn, a1, a2, a3, a4, a5) -> {
            OptionalLong r0 = m.invokeCallback(fn, a1, a2, a3, a4, a5);
            return r0.isPresent() ? new Callbacks.Outcome(true, r0.getAsLong()) : new Callbacks.Outcome(false, 0);
        }, new ForEachElements(maps, memory));
        if (packet instanceof XdpContext x) {
            m.addExternalState(x);
        } else if (packet instanceof SkbContext skb) {
            skb.attach(m);
            m.addExternalState(skb);
        }
        m.addExternalState(new MapsState(maps));
        m.addExternalState(tailCalls);
        m.addExternalState(world);
        return new Prepared(new Execution(m, input, maps, packet, helpers, events, world, jitAfter), null);
    }

    static Machine newMachine(Program program, Memory memory, HelperRegistry helpers, MapSet maps, PacketContext packet) {
        Machine m = new Machine(program, memory, helpers, maps.resolver());
        m.setRegister(1, packet.ctxAddress());
        if (packet.ldAbsRegion() != 0) {
            // The skb region views the frame from skb->data; the frame itself starts at the MAC header.
            m.setPacketRegion(packet.ldAbsRegion(), 0, SkbContext.ETH_HLEN);
        }
        return m;
    }
}
