package org.bpfplay.backend.debug;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.bpfplay.backend.run.VerifierJson;
import org.bpfplay.backend.run.VerifierRuns;
import org.bpfplay.backend.session.Envelope;
import org.bpfplay.backend.session.ErrorCode;
import org.bpfplay.backend.session.SessionOutput;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.verifier.log.VerifierEvent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The session's {@code verify}: runs the verifier on the runner pool and streams its events as
 * {@code verifierEvents} messages (a few events first, so the page shows a state at once, then up
 * to {@link #MAX_BATCH} per message) through {@link SessionOutput#emit}, which waits while the
 * client's queue is full. Then answers {@code verified} with the verdict, log and visit counts.
 * A newer {@code verify} or {@code load} cancels a run still going ({@code cancelled}). Independent
 * of the debugger's runs, so stepping never waits for a long verification.
 */
final class VerifyJobs {
    /** Most {@code step} events streamed per run; past it the verifier finishes but streams nothing more. */
    static final int MAX_STREAMED_STEPS = 200_000;
    static final int MAX_BATCH = 256;
    private static final int FIRST_BATCH = 4;

    private final SessionOutput out;
    private final VerifierRuns verifier;
    private final ExecutorService runner;
    private final AtomicLong cpuNanos;
    private volatile long generation;

    VerifyJobs(SessionOutput out, VerifierRuns verifier, ExecutorService runner, AtomicLong cpuNanos) {
        this.out = out;
        this.verifier = verifier;
        this.runner = runner;
        this.cpuNanos = cpuNanos;
    }

    /** Stops a verification still streaming (it answers {@code cancelled}). */
    void cancel() {
        generation++;
    }

    void start(Envelope c, JsonNode p, Program program) {
        if (program == null) {
            out.error(c, ErrorCode.NOT_LOADED, "no program is loaded: send 'load' with a program that assembles first");
            return;
        }
        VerifierRuns.Settings settings;
        try {
            settings = VerifierRuns.settings(p, 2);
        } catch (VerifierRuns.BadSettings e) {
            out.error(c, ErrorCode.BAD_PAYLOAD, e.getMessage());
            return;
        }
        long gen = ++generation;
        try {
            runner.submit(() -> {
                try {
                    run(c, program, settings, gen);
                } catch (RuntimeException e) {
                    out.error(c, ErrorCode.INTERNAL, "the server failed on 'verify'; the server log has details");
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            out.error(c, ErrorCode.OVERLOADED, "the server is busy running other programs; try again");
        }
    }

    private void run(Envelope c, Program program, VerifierRuns.Settings settings, long gen) {
        VerifierJson json = new VerifierJson(program);
        ObjectNode begin = out.object();
        begin.set("settings", settingsJson(settings));
        begin.put("instructions", program.slotCount());
        begin.set("cfg", VerifierJson.cfg(program));
        begin.set("start", json.start());
        boolean[] gone = {!out.emit("verifying", begin)};
        ArrayNode[] batch = {out.object().arrayNode()};
        int[] limit = {FIRST_BATCH};
        int[] sent = {0};
        boolean[] truncated = {false};
        VerifierRuns.Outcome o = verifier.verify(program, settings, e -> {
            if (gone[0] || truncated[0]) {
                return;
            }
            if (json.steps() >= MAX_STREAMED_STEPS && e instanceof VerifierEvent.InsnChecked) {
                truncated[0] = true;
                return;
            }
            batch[0].add(json.event(e));
            if (batch[0].size() >= limit[0]) {
                gone[0] = !flush(batch[0], sent[0]);
                sent[0] += batch[0].size();
                batch[0] = out.object().arrayNode();
                limit[0] = Math.min(MAX_BATCH, limit[0] * 4);
            }
        }, () -> gone[0] || generation != gen || !out.isOpen());
        cpuNanos.addAndGet(o.nanos());
        if (o.stopped() == VerifierRuns.Stop.CANCELLED || generation != gen) {
            out.reply(c, "cancelled", out.object().put("reason", "a newer command replaced this verification"));
            return;
        }
        if (!batch[0].isEmpty()) {
            flush(batch[0], sent[0]);
            sent[0] += batch[0].size();
        }
        ObjectNode reply = o.result() == null ? out.object() : VerifierJson.verdict(o.result(), program);
        reply.put("complete", o.stopped() == null);
        if (o.stopped() != null) {
            reply.put("stopped", o.stopped().wire);
        }
        reply.put("log", o.result() == null ? "" : VerifierRuns.cappedLog(o.result().log()));
        reply.set("visits", VerifierJson.visits(o.visits()));
        reply.put("steps", json.steps());
        reply.put("events", sent[0]);
        reply.put("truncated", truncated[0]);
        reply.put("ms", o.nanos() / 1_000_000);
        out.reply(c, "verified", reply);
    }

    private boolean flush(ArrayNode events, int from) {
        ObjectNode m = out.object();
        m.put("from", from);
        m.set("events", events);
        return out.emit("verifierEvents", m);
    }

    private ObjectNode settingsJson(VerifierRuns.Settings s) {
        return out.object().put("programType", s.type().oracleName).put("logLevel", s.logLevel())
                .put("mode", s.mode().name().toLowerCase(Locale.ROOT));
    }
}
