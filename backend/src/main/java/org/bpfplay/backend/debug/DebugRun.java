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
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.packet.Packets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One socket's debugger. Commands arrive one at a time on the session's command thread. Runs that may
 * take long ({@code continue}, {@code runTo}, {@code run}, {@code trace}) execute on the shared runner
 * pool, each with its own {@link Debugger} reference; a newer {@code load}, {@code reset},
 * {@code changeInput}, {@code run} or {@code trace} bumps the generation, which cancels the older run
 * (a trace stops at its next step; any other run's answer is replaced by {@code cancelled}). Commands
 * that continue the same run ({@code step}, {@code stepBack}, {@code setBreakpoints}) wait for it.
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
    private byte[] input = new byte[0];
    private ObjectNode inputJson;
    private Budget budget;
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
        switch (c.type()) {
            case "load" -> load(c, p);
            case "changeInput" -> changeInput(c, p);
            case "setBreakpoints" -> setBreakpoints(c, p);
            case "reset" -> ifLoaded(c, () -> {
                cancelOlder();
                restart();
                out.reply(c, "state", state());
            });
            case "step" -> ifLoaded(c, () -> {
                awaitCurrent();
                Debugger d = debugger;
                out.reply(c, "diff", timed(() -> diffOf(d, () -> d.step())));
            });
            case "stepBack" -> ifLoaded(c, () -> {
                long n = p.has("n") ? p.get("n").asLong(1) : 1;
                if (n < 1) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "'n' must be a positive integer (instructions to step back)");
                    return;
                }
                awaitCurrent();
                Debugger d = debugger;
                out.reply(c, "diff", timed(() -> diffOf(d, () -> d.stepBack(n))));
            });
            case "continue" -> ifLoaded(c, () -> {
                awaitCurrent();
                runJob(c, false, generation, debugger, new TreeMap<>(breakpoints), null);
            });
            case "runTo" -> ifLoaded(c, () -> {
                JsonNode pc = p.get("pc");
                if (pc == null || !pc.canConvertToInt() || program.at(pc.asInt()) == null) {
                    out.error(c, ErrorCode.BAD_PAYLOAD, "'pc' must be the pc of an instruction (0.." + (program.slotCount() - 1) + ")");
                    return;
                }
                awaitCurrent();
                runJob(c, false, generation, debugger, new TreeMap<>(breakpoints), pc.asInt());
            });
            case "run" -> ifLoaded(c, () -> {
                cancelOlder();
                restart();
                runJob(c, true, generation, debugger, Map.of(), null);
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
        JsonNode settings = p.get("settings");
        long steps = limits.runSteps();
        if (settings != null && settings.has("budget")) {
            JsonNode b = settings.get("budget");
            if (!b.canConvertToLong() || b.asLong() <= 0) {
                out.error(c, ErrorCode.BAD_PAYLOAD, "'settings.budget' must be a positive integer (most instructions per run)");
                return;
            }
            steps = Math.min(b.asLong(), limits.runSteps());
        }
        cancelOlder();
        verifies.cancel();
        program = null;
        debugger = null;
        breakpoints = new TreeMap<>();
        AsmResult asm = timed(() -> assembly.assemble(source.stringValue()));
        ObjectNode reply = out.object();
        reply.put("ok", asm.ok());
        reply.set("instructions", asm.ok() ? EngineJson.instructions(asm.program()) : reply.arrayNode());
        reply.set("maps", asm.ok() ? EngineJson.maps(asm.program()) : reply.arrayNode());
        reply.set("errors", EngineJson.asmErrors(asm.errors()));
        PacketInput packet = PacketInput.parse(p.has("packet") ? p.get("packet").asString("") : "", limits.packetBytes());
        reply.set("packetErrors", EngineJson.packetErrors(packet.errors()));
        if (!asm.ok() || !packet.ok()) {
            reply.put("ok", false);
            out.reply(c, "loaded", reply);
            return;
        }
        program = asm.program();
        budget = runs.budget(steps);
        setInput(packet.bytes());
        restart();
        reply.put("budget", budget.maxInstructions());
        out.reply(c, "loaded", reply);
        out.emit("state", state());
    }

    private void changeInput(Envelope c, JsonNode p) {
        PacketInput packet = PacketInput.parse(p.has("packet") ? p.get("packet").asString("") : "", limits.packetBytes());
        ObjectNode reply = out.object();
        reply.put("ok", packet.ok());
        reply.set("packetErrors", EngineJson.packetErrors(packet.errors()));
        if (!packet.ok() || program == null) {
            out.reply(c, "input", reply);
            return;
        }
        cancelOlder();
        setInput(packet.bytes());
        restart();
        out.reply(c, "input", reply);
        out.emit("state", state());
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
        long gen = cancelOlder();
        Debugger d = debugger;
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
                MachineView.Capture before = MachineView.capture(d.machine());
                StepReport r = d.step();
                done++;
                if (!out.emit("diff", MachineView.diff(before, d.machine(), prog, false))) {
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

    /** continue / runTo / run on the runner pool; {@code toEnd} ignores breakpoints and answers a full state. */
    private void runJob(Envelope c, boolean toEnd, long gen, Debugger d, Map<Integer, BreakpointCondition> bps, Integer target) {
        Program prog = program;
        submit(c, () -> {
            long start = System.nanoTime();
            MachineView.Capture before = MachineView.capture(d.machine());
            boolean hit = false;
            if (toEnd) {
                d.runToEnd();
            } else {
                List<Integer> stops = new ArrayList<>(bps.keySet());
                if (target != null) {
                    stops.add(target);
                }
                long deadline = start + limits.cpuTime().toNanos();
                while (true) {
                    StepReport r = d.runToBreakpoint(stops);
                    if (!r.stoppedAtBreakpoint()) {
                        break;
                    }
                    int pc = d.machine().pc();
                    BreakpointCondition cond = bps.get(pc);
                    if ((target != null && pc == target) || cond == null || cond.test(d.machine().registers())) {
                        hit = target == null || pc != target;
                        break;
                    }
                    if (generation != gen || System.nanoTime() > deadline) {
                        break;
                    }
                }
            }
            cpuNanos.addAndGet(System.nanoTime() - start);
            if (generation != gen) {
                out.reply(c, "cancelled", out.object().put("reason", "a newer command replaced this run"));
                return;
            }
            out.reply(c, toEnd ? "state" : "diff", toEnd ? MachineView.full(d.machine(), prog).setAll(inputPart())
                    : MachineView.diff(before, d.machine(), prog, hit));
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

    private long cancelOlder() {
        return ++generation;
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
        if (program == null || debugger == null) {
            out.error(c, ErrorCode.NOT_LOADED, "no program is loaded: send 'load' with a program that assembles first");
            return;
        }
        action.run();
    }

    private void setInput(byte[] bytes) {
        input = bytes;
        inputJson = out.object();
        inputJson.set("dissection", EngineJson.dissection(Packets.dissect(bytes)));
    }

    private void restart() {
        debugger = runs.debugger(program, input, budget);
    }

    private ObjectNode inputPart() {
        ObjectNode o = out.object();
        ObjectNode in = inputJson.deepCopy();
        Region r = runs.inputRegion(debugger.machine());
        in.put("region", r == null ? 0 : debugger.machine().memory().regions().indexOf(r) + 1);
        o.set("input", in);
        ArrayNode bps = o.putArray("breakpoints");
        breakpoints.forEach((pc, cond) -> {
            ObjectNode b = bps.addObject().put("pc", pc);
            if (cond != null) {
                b.put("condition", cond.text());
            }
        });
        return o;
    }

    private ObjectNode state() {
        return MachineView.full(debugger.machine(), program).setAll(inputPart());
    }

    private ObjectNode diffOf(Debugger d, Runnable command) {
        MachineView.Capture before = MachineView.capture(d.machine());
        command.run();
        return MachineView.diff(before, d.machine(), program, false);
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
