package org.bpfplay.backend.run;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.PacketModel;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Prepared;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.bpfplay.engine.runtime.RunOutcome;
import org.springframework.stereotype.Component;

/**
 * The ONE place where the backend sets up a run: the engine's {@link ProgramRun} with the program type's
 * context ({@code xdp_md}, {@code __sk_buff}, ...), the packet, the maps the source declares with their
 * seeds, and the simulated world's seed, as BPF_PROG_TEST_RUN would prepare it. The REST run and every
 * debugger command of the session socket go through here.
 */
@Component
public class EngineRuns {
    /** The packet of a packet-type run that gives none (test_run needs at least an Ethernet header). */
    public static final String DEFAULT_PACKET = "eth ipv4 udp";

    private final Limits limits;
    private final ProgramRun engine = new ProgramRun();

    public EngineRuns(Limits limits) {
        this.limits = limits;
    }

    /** The budget of one run or one debugger command: the configured steps and wall time, or fewer steps if asked. */
    public Budget budget(Long requestedSteps) {
        long steps = requestedSteps == null ? limits.runSteps() : Math.min(requestedSteps, limits.runSteps());
        return new Budget(steps, TimeUnit.NANOSECONDS.convert(limits.cpuTime()));
    }

    /** The input packet from what the user typed; blank means {@link #DEFAULT_PACKET} for types that run on a packet. */
    public PacketInput packet(String text, ProgramType type) {
        boolean blank = text == null || text.isBlank();
        return PacketInput.parse(blank && type.packet != PacketModel.NONE ? DEFAULT_PACKET : text, limits.packetBytes());
    }

    /** A run ready to execute or step, or why test_run would refuse it (bad context, packet too short, map seed). */
    public Prepared prepare(Program program, RunSettings settings, byte[] packet, Budget budget) {
        RunInput input = new RunInput(settings.type(), packet, settings.ctx(), settings.seeds(), 1, settings.seed(), budget);
        return engine.prepare(program, List.of(), input);
    }

    /** Prepares and runs to the end. */
    public RunOutcome run(Program program, RunSettings settings, byte[] packet, Budget budget) {
        Prepared p = prepare(program, settings, packet, budget);
        return p.ok() ? p.execution().run() : new RunOutcome(p.error(), null, null, java.util.Map.of(), List.of(),
                List.of(), List.of());
    }

    /** The region the program sees the packet in now (bpf_xdp_adjust_head makes a new one), or null. */
    public static Region packetRegion(Machine m) {
        Region found = null;
        for (Region r : m.memory().regions()) {
            if (r != null && r.kind() == RegionKind.PACKET) {
                found = r;
            }
        }
        return found;
    }

    /** The context region r1 pointed to at the start (the first context region), or null. */
    public static Region contextRegion(Machine m) {
        for (Region r : m.memory().regions()) {
            if (r != null && r.kind() == RegionKind.CONTEXT) {
                return r;
            }
        }
        return null;
    }

    /** Where the packet region's first byte lies in the frame: 14 for types that start at the IP header. */
    public static int packetStart(ProgramType type) {
        return type.packet == PacketModel.SKB_L3 ? 14 : 0;
    }
}
