package org.bpfplay.backend.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.bpfplay.backend.run.Assembly;
import org.bpfplay.backend.run.EngineJson;
import org.bpfplay.backend.run.EngineRuns;
import org.bpfplay.backend.run.PacketInput;
import org.bpfplay.backend.run.RunSettings;
import org.bpfplay.backend.run.VerifierRuns;
import org.bpfplay.backend.session.DebugCommandSession;
import org.bpfplay.backend.session.Envelope;
import org.bpfplay.backend.session.ErrorCode;
import org.bpfplay.backend.session.SessionOutput;
import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RunStatus;
import org.bpfplay.engine.interp.StepReport;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.packet.Packets;
import org.bpfplay.engine.runtime.Execution;
import org.bpfplay.engine.runtime.MapInit;
import org.bpfplay.engine.runtime.Prepared;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One socket's debugger over one prepared run ({@link Execution}: the program type's context, the
 * packet, the maps with their seeds). Commands arrive one at a time on the session's command thread.
 * Runs that may take long ({@code continue}, {@code runTo}, {@code run}, {@code trace}, a step over a
 * call) execute on the shared runner pool; ANY newer engine command bumps the generation, which pauses
 * the older run where it is (it checks between chunks of 65536 instructions) and waits for it: a paused
 * {@code continue}/{@code runTo}/step over answers its {@code diff} with {@code cancelled: true}, a
 * {@code run} or {@code trace} answers {@code cancelled}. Then the newer command runs.
 */
final class DebugRun implements DebugCommandSession {
    private final SessionOutput out;
    private final Limits limits;
    private final Assembly assembly;
    private final EngineRuns runs;
    private final ExecutorService runner;
    private final AtomicLong cpuNanos = new AtomicLong();
    private volatile long generation;

    // Touched by the command thread only (jobs get their own references).
    private Program program;
    private RunSettings settings = RunSettings.DEFAULT;
    private byte[] input = new byte[0];
    private ObjectNode inputJson;
    private Budget budget;
    private Execution execution;
    private Debugger debugger;
    private Map<Integer, BreakpointCondition> breakpoints = new TreeMap<>();
    private Future<?> current;

    private final VerifyJobs verifies;

    DebugRun(SessionOutput out, Limits limits, Assembly assembly, EngineRuns runs, ExecutorService runner,
             VerifierRuns verifier) {
        this.verifies = new VerifyJobs(out, verifier, runner, cpuNanos);
        this.out = out;
        this.limits = limits;
        this.assembly = assembly;
        this.runs = runs;
        this.runner = runner;
    }

    @Override
    public void onCommand(Envelope c) {
        JsonNode p = c.payload() == null ? out.object() : c.payload();
        if (cpuNanos.get() > limits.sessionCpuTime().toNanos()) {
            out.error(c, ErrorCode.LIMIT, "this session used its engine time (" + limits.sessionCpuTime().toSeconds()
                    + " s, bpfplay.limits.session-cpu-time); reload the page for a new session");
            return;
        }
        // A newer command pauses a run still going (and waits until it has answered).
        cancelOlder();
        awaitCurrent();
        switch (c.type()) {
            case "load" -> load(c, p);
            case "changeInput" -> changeInput(c, p);
            case "setBreakpoints" -> setBreakpoints(c, p);
            case "setMapEntry" -> ifLoaded(c, () -> setMapEntry(c, p));
            case "reset" -> ifLoaded(c, () -> {
                String problem = restart();
                if (problem != null) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, problem);
                    return;
                }
                out.reply(c, "state", state());
            });
            case "step" -> ifLoaded(c, () -> step(c, p));
            case "stepBack" -> ifLoaded(c, () -> {
                long n = p.has("n") ? p.get("n").asLong(1) : 1;
                if (n < 1) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "'n' must be a positive integer (instructions to step back)");
                    return;
                }
                Debugger d = debugger;
                Execution e = execution;
                out.reply(c, "diff", timed(() -> diffOf(e, () -> d.stepBack(n))));
            });
            case "continue" -> ifLoaded(c, () -> runJob(c, false, new TreeMap<>(breakpoints), null, Integer.MAX_VALUE, false));
            case "runTo" -> ifLoaded(c, () -> {
                JsonNode pc = p.get("pc");
                if (pc == null || !pc.canConvertToInt() || program.at(pc.asInt()) == null) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "'pc' must be the pc of an instruction (0.." + (program.slotCount() - 1) + ")");
                    return;
                }
                runJob(c, false, new TreeMap<>(breakpoints), pc.asInt(), Integer.MAX_VALUE, false);
            });
            case "run" -> ifLoaded(c, () -> {
                String problem = restart();
                if (problem != null) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, problem);
                    return;
                }
                runJob(c, true, Map.of(), null, Integer.MAX_VALUE, false);
            });
            case "trace" -> ifLoaded(c, () -> trace(c, p));
            case "verify" -> verifies.start(c, p, program);
            default -> out.error(c, ErrorCode.ENGINE_UNAVAILABLE, "'" + c.type()
                    + "' needs the verifier or maps, which are not available yet");
        }
    }

    @Override
    public void close() {
        verifies.cancel();
        generation++;
        if (current != null) {
            current.cancel(false);
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    private void load(Envelope c, JsonNode p) {
        JsonNode source = p.get("source");
        if (source == null || !source.isString()) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "'load' needs 'source' (the assembly program, a string)");
            return;
        }
        JsonNode s = p.get("settings");
        if (s != null && !s.isNull() && !s.isObject()) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "'settings' must be an object (type, ctx, context, mapSeeds, seed, budget)");
            return;
        }
        long steps = limits.runSteps();
        if (s != null && s.has("budget")) {
            JsonNode b = s.get("budget");
            if (!b.canConvertToLong() || b.asLong() <= 0) {
                out.error(c, ErrorCode.BAD_PAYLOAD, "'settings.budget' must be a positive integer (most instructions per run)");
                return;
            }
            steps = Math.min(b.asLong(), limits.runSteps());
        }
        RunSettings.Parsed parsed = RunSettings.parse(s);
        if (!parsed.ok()) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "settings." + parsed.field() + ": " + parsed.error());
            return;
        }
        verifies.cancel();
        program = null;
        execution = null;
        debugger = null;
        breakpoints = new TreeMap<>();
        settings = parsed.settings();
        AsmResult asm = timed(() -> assembly.assemble(source.stringValue()));
        ObjectNode reply = out.object();
        reply.put("ok", asm.ok());
        reply.set("instructions", asm.ok() ? EngineJson.instructions(asm.program()) : reply.arrayNode());
        reply.set("maps", asm.ok() ? EngineJson.maps(asm.program()) : reply.arrayNode());
        reply.set("errors", EngineJson.asmErrors(asm.errors()));
        PacketInput packet = runs.packet(p.has("packet") ? p.get("packet").asString("") : "", settings.type());
        reply.set("packetErrors", EngineJson.packetErrors(packet.errors()));
        reply.put("type", settings.type().oracleName);
        if (!asm.ok() || !packet.ok()) {
            reply.put("ok", false);
            out.reply(c, "loaded", reply);
            return;
        }
        program = asm.program();
        budget = runs.budget(steps);
        setInput(packet.bytes());
        String problem = restart();
        if (problem != null) {
            // The program is fine, the run cannot start (as BPF_PROG_TEST_RUN would refuse it).
            program = null;
            reply.put("ok", false);
            reply.put("runError", problem);
            out.reply(c, "loaded", reply);
            return;
        }
        reply.put("budget", budget.maxInstructions());
        out.reply(c, "loaded", reply);
        out.emit("state", state());
    }

    private void changeInput(Envelope c, JsonNode p) {
        RunSettings next = settings;
        JsonNode s = p.get("settings");
        if (s != null && !s.isNull()) {
            RunSettings.Parsed parsed = s.isObject() ? RunSettings.parse(s)
                    : new RunSettings.Parsed(null, "settings", "'settings' must be an object");
            if (!parsed.ok()) {
                out.error(c, ErrorCode.BAD_PAYLOAD, "settings." + parsed.field() + ": " + parsed.error());
                return;
            }
            next = parsed.settings();
        }
        PacketInput packet = runs.packet(p.has("packet") ? p.get("packet").asString("") : "", next.type());
        ObjectNode reply = out.object();
        reply.put("ok", packet.ok());
        reply.set("packetErrors", EngineJson.packetErrors(packet.errors()));
        if (!packet.ok() || program == null) {
            if (packet.ok()) {
                settings = next;
            }
            out.reply(c, "input", reply);
            return;
        }
        RunSettings previous = settings;
        byte[] previousInput = input;
        ObjectNode previousJson = inputJson;
        settings = next;
        setInput(packet.bytes());
        String problem = restart();
        if (problem != null) {
            // Keep the run that worked; say why the new input does not.
            settings = previous;
            input = previousInput;
            inputJson = previousJson;
            reply.put("ok", false);
            reply.put("runError", problem);
            out.reply(c, "input", reply);
            return;
        }
        out.reply(c, "input", reply);
        out.emit("state", state());
    }

    /** {@code step {mode}}: "into" (default) executes one instruction; "over" runs a bpf-to-bpf call to its return. */
    private void step(Envelope c, JsonNode p) {
        String mode = p.has("mode") ? p.get("mode").asString("") : "into";
        if (!mode.equals("into") && !mode.equals("over")) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "'mode' must be \"into\" or \"over\"");
            return;
        }
        Machine m = debugger.machine();
        Instruction insn = m.status() == RunStatus.RUNNING ? program.at(m.pc()) : null;
        if (mode.equals("over") && insn != null && insn.isLocalCall()) {
            // Into the call, then on until the instruction after it runs in this frame again.
            runJob(c, false, new TreeMap<>(breakpoints), m.pc() + 1, m.depth(), true);
            return;
        }
        Debugger d = debugger;
        Execution e = execution;
        out.reply(c, "diff", timed(() -> diffOf(e, () -> d.step())));
    }

    /**
     * {@code setMapEntry {map, key, value}} writes an entry as user space would (BPF_MAP_UPDATE_ELEM,
     * BPF_ANY); {@code {map, key, delete: true}} deletes one. Answers {@code mapEntry} with {@code ok},
     * {@code error} (what is wrong, as data) and the map's new state. The edit also becomes a seed of
     * later runs (reset, run, changeInput), and starts a new history: step back stops at this point.
     */
    private void setMapEntry(Envelope c, JsonNode p) {
        ObjectNode reply = out.object();
        String name = p.path("map").isString() ? p.get("map").stringValue() : null;
        BpfMap map = name == null ? null : execution.map(name);
        boolean delete = p.path("delete").asBoolean(false);
        String error = null;
        byte[] key = p.path("key").isString() ? RunSettings.hex(p.get("key").stringValue()) : null;
        byte[] value = p.path("value").isString() ? RunSettings.hex(p.get("value").stringValue()) : null;
        if (name == null) {
            error = "'map' must name a map of the program";
        } else if (map == null) {
            error = "the program has no map named '" + name + "'";
        } else if (key == null || key.length != map.spec().keySize()) {
            error = "'key' must be " + map.spec().keySize() + " bytes in hex (the key size of " + name + ")";
        } else if (!delete && value == null) {
            error = "'value' must be bytes in hex (or send \"delete\": true)";
        } else if (!delete && value.length != map.spec().valueSize()) {
            error = "'value' must be " + map.spec().valueSize() + " bytes in hex (the value size of " + name + ")";
        }
        if (error == null) {
            int rc = delete ? map.userDelete(key) : map.userUpdate(key, value, 0);
            if (rc != 0) {
                Errno e = Errno.of(rc);
                error = (delete ? "BPF_MAP_DELETE_ELEM" : "BPF_MAP_UPDATE_ELEM") + " failed: "
                        + (e == null ? "errno " + rc : e.message);
            } else {
                settings = delete ? settings.withoutSeed(name, key) : settings.withSeed(new MapInit(name, key, value));
                debugger = execution.debugger();
            }
        }
        reply.put("ok", error == null);
        if (error != null) {
            reply.put("error", error);
        }
        if (map != null) {
            reply.set("map", EngineJson.mapState(map, EngineJson.mapEntries(map, EngineJson.MAP_ENTRY_LIMIT)));
        }
        reply.put("position", debugger.position());
        out.reply(c, "mapEntry", reply);
    }

    private void setBreakpoints(Envelope c, JsonNode p) {
        JsonNode pcs = p.get("pcs");
        JsonNode conditions = p.get("conditions");
        if (pcs == null || !pcs.isArray() || (conditions != null && !conditions.isObject())) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "'setBreakpoints' needs 'pcs' (an array of pcs) and optional 'conditions' "
                    + "(an object from pc to a condition such as \"r1 == 5\")");
            return;
        }
        Map<Integer, BreakpointCondition> next = new TreeMap<>();
        for (JsonNode pc : pcs) {
            if (!pc.canConvertToInt() || pc.asInt() < 0 || (program != null && program.at(pc.asInt()) == null)) {
                out.error(c, ErrorCode.BAD_PAYLOAD, "breakpoint " + pc + " is not the pc of an instruction");
                return;
            }
            next.put(pc.asInt(), null);
        }
        if (conditions != null) {
            for (Map.Entry<String, JsonNode> e : conditions.properties()) {
                Integer pc = parsePc(e.getKey());
                if (pc == null || !next.containsKey(pc)) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "condition for '" + e.getKey() + "': not a pc listed in 'pcs'");
                    return;
                }
                if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
                    continue;
                }
                BreakpointCondition.Parsed parsed = BreakpointCondition.parse(e.getValue().stringValue());
                if (parsed.error() != null) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "breakpoint at pc " + pc + ": " + parsed.error());
                    return;
                }
                next.put(pc, parsed.condition());
            }
        }
        awaitCurrent();
        breakpoints = next;
        ObjectNode reply = out.object();
        ArrayNode list = reply.putArray("breakpoints");
        next.forEach((pc, cond) -> {
            ObjectNode b = list.addObject().put("pc", pc);
            if (cond != null) {
                b.put("condition", cond.text());
            }
        });
        out.reply(c, "breakpoints", reply);
    }

    private void trace(Envelope c, JsonNode p) {
        long steps = p.has("steps") ? p.get("steps").asLong(0) : 0;
        if (steps <= 0) {
            out.error(c, ErrorCode.BAD_PAYLOAD, "'trace' needs 'steps' (a positive integer: instructions to step, one diff each)");
            return;
        }
        long n = Math.min(steps, budget.maxInstructions());
        long gen = generation;
        Debugger d = debugger;
        Execution e = execution;
        Program prog = program;
        submit(c, () -> {
            long start = System.nanoTime();
            long done = 0;
            boolean cancelled = false;
            while (done < n && d.machine().status() == RunStatus.RUNNING) {
                if (generation != gen || !out.isOpen()) {
                    cancelled = true;
                    break;
                }
                MachineView.Capture before = MachineView.capture(e);
                StepReport r = d.step();
                done++;
                if (!out.emit("diff", MachineView.diff(before, e, prog, false))) {
                    cancelled = true;
                    break;
                }
                if (System.nanoTime() - start > limits.cpuTime().toNanos()) {
                    break;
                }
                if (r.status() != RunStatus.RUNNING) {
                    break;
                }
            }
            cpuNanos.addAndGet(System.nanoTime() - start);
            ObjectNode reply = out.object();
            reply.put("steps", done).put("position", d.position()).put("cancelled", cancelled);
            reply.put("status", d.machine().status().name().toLowerCase(java.util.Locale.ROOT));
            out.reply(c, cancelled ? "cancelled" : "traced", reply);
        });
    }

    /**
     * continue / runTo / step over / run on the runner pool. {@code toEnd} ignores breakpoints and answers
     * a full state. Otherwise the run stops at a breakpoint whose condition holds, or when the next
     * instruction is {@code target} in a frame no deeper than {@code maxDepth} (run to cursor, the return
     * of a stepped-over call); {@code stepFirst} executes one instruction (the call) before that.
     */
    private void runJob(Envelope c, boolean toEnd, Map<Integer, BreakpointCondition> bps, Integer target,
                        int maxDepth, boolean stepFirst) {
        long gen = generation;
        Debugger d = debugger;
        Execution e = execution;
        Program prog = program;
        submit(c, () -> {
            long start = System.nanoTime();
            MachineView.Capture before = toEnd ? null : MachineView.capture(e);
            java.util.function.BooleanSupplier stop = () -> generation != gen || !out.isOpen();
            boolean hit = false;
            if (toEnd) {
                d.runToBreakpoint(List.of(), stop);
            } else {
                if (stepFirst) {
                    d.step();
                }
                List<Integer> stops = new ArrayList<>(bps.keySet());
                if (target != null) {
                    stops.add(target);
                }
                long deadline = start + limits.cpuTime().toNanos();
                Machine m = d.machine();
                while (m.status() == RunStatus.RUNNING && !stop.getAsBoolean()) {
                    if (target != null && m.pc() == target && m.depth() <= maxDepth && stepFirst) {
                        break;   // the stepped-over call returned at once
                    }
                    StepReport r = d.runToBreakpoint(stops, stop);
                    if (!r.stoppedAtBreakpoint()) {
                        break;
                    }
                    int pc = m.pc();
                    BreakpointCondition cond = bps.get(pc);
                    if (target != null && pc == target && m.depth() <= maxDepth) {
                        break;
                    }
                    if (bps.containsKey(pc) && (cond == null || cond.test(m.registers()))) {
                        hit = true;
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                }
            }
            cpuNanos.addAndGet(System.nanoTime() - start);
            boolean cancelled = generation != gen;
            if (toEnd) {
                if (cancelled) {
                    out.reply(c, "cancelled", out.object().put("reason", "a newer command replaced this run")
                            .put("position", d.position()));
                } else {
                    out.reply(c, "state", MachineView.full(e, prog).setAll(inputPart(d, e)));
                }
                return;
            }
            ObjectNode diff = MachineView.diff(before, e, prog, hit);
            if (cancelled) {
                diff.put("cancelled", true);
            }
            out.reply(c, "diff", diff);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void submit(Envelope c, Runnable job) {
        try {
            current = runner.submit(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    out.error(c, ErrorCode.INTERNAL, "the server failed on '" + c.type() + "'; the server log has details");
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            out.error(c, ErrorCode.OVERLOADED, "the server is busy running other programs; try again");
        }
    }

    private void cancelOlder() {
        generation++;
    }

    private void awaitCurrent() {
        Future<?> f = current;
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // already answered as an error by the job
        }
    }

    private void ifLoaded(Envelope c, Runnable action) {
        if (program == null || execution == null) {
            out.error(c, ErrorCode.NOT_LOADED, "no program is loaded: send 'load' with a program that assembles first");
            return;
        }
        action.run();
    }

    private void setInput(byte[] bytes) {
        input = bytes;
        inputJson = out.object();
        inputJson.set("dissection", EngineJson.dissection(Packets.dissect(bytes)));
        inputJson.put("start", EngineRuns.packetStart(settings.type()));
    }

    /** A fresh run of the program on the current input and settings; the reason when it cannot start. */
    private String restart() {
        Prepared prepared = runs.prepare(program, settings, input, budget);
        if (!prepared.ok()) {
            return "the run cannot start: " + prepared.error();
        }
        execution = prepared.execution();
        debugger = execution.debugger();
        return null;
    }

    private ObjectNode inputPart(Debugger d, Execution e) {
        ObjectNode o = out.object();
        ObjectNode in = inputJson.deepCopy();
        Region r = EngineRuns.packetRegion(d.machine());
        in.put("region", r == null ? 0 : d.machine().memory().regions().indexOf(r) + 1);
        o.set("input", in);
        ArrayNode bps = o.putArray("breakpoints");
        breakpoints.forEach((pc, cond) -> {
            ObjectNode b = bps.addObject().put("pc", pc);
            if (cond != null) {
                b.put("condition", cond.text());
            }
        });
        ArrayNode seeds = o.putArray("mapSeeds");
        for (MapInit i : e.input().inits()) {
            seeds.addObject().put("map", i.map()).put("key", EngineJson.hex(i.key())).put("value", EngineJson.hex(i.value()));
        }
        return o;
    }

    private ObjectNode state() {
        return MachineView.full(execution, program).setAll(inputPart(debugger, execution));
    }

    private ObjectNode diffOf(Execution e, Runnable command) {
        MachineView.Capture before = MachineView.capture(e);
        command.run();
        return MachineView.diff(before, e, program, false);
    }

    private <T> T timed(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            cpuNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private static Integer parsePc(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
