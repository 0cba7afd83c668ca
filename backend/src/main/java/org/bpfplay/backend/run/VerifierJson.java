package org.bpfplay.backend.run;

import java.util.List;

import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.cfg.BasicBlocks;
import org.bpfplay.engine.verifier.log.StatePrinter;
import org.bpfplay.engine.verifier.log.VerifierEvent;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.StackSlot;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verifier's events and verdict as JSON (docs/protocol.md "verify", docs/api.md "Verify").
 * States travel as deltas: a {@code step} lists only the registers and stack slots that differ from
 * the state before it (the previous step or pop of the stream, which this object remembers), a
 * {@code pop} lists its whole state. One instance per stream.
 */
public final class VerifierJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Program program;
    private int prevFrame = -1;
    private List<RegState> prevRegs;
    private List<StackSlot> prevStack = List.of();
    private int steps;

    public VerifierJson(Program program) {
        this.program = program;
        RegState[] start = new RegState[11];
        java.util.Arrays.fill(start, RegState.NOT_INIT);
        start[1] = RegState.pointer(RegType.PTR_TO_CTX, 0);
        start[10] = RegState.framePointer(0);
        prevRegs = List.of(start);
        prevFrame = 0;
    }

    /** Instructions checked so far (the number of {@code step} events written). */
    public int steps() {
        return steps;
    }

    /** The state before pc 0 ({@code r1} = ctx, {@code r10} = fp), as a {@code start} event. */
    public ObjectNode start() {
        ObjectNode o = F.objectNode().put("k", "start").put("frame", 0);
        ArrayNode regs = o.putArray("regs");
        for (int r = 0; r < prevRegs.size(); r++) {
            regs.add(reg(r, prevRegs.get(r), 0));
        }
        o.putArray("stack");
        o.put("stackSize", 0);
        return o;
    }

    /** One event; {@code step} events carry their index {@code i} (0-based, in stream order). */
    public ObjectNode event(VerifierEvent e) {
        if (e instanceof VerifierEvent.InsnChecked s) {
            ObjectNode o = F.objectNode().put("k", "step").put("i", steps++).put("pc", s.pc()).put("frame", s.frame());
            state(o, s.frame(), s.regs(), s.stack(), prevFrame != s.frame());
            return o;
        }
        if (e instanceof VerifierEvent.BranchPopped p) {
            ObjectNode o = F.objectNode().put("k", "pop").put("from", p.fromPc()).put("to", p.toPc()).put("frame", p.frame());
            state(o, p.frame(), p.regs(), p.stack(), true);
            return o;
        }
        if (e instanceof VerifierEvent.BranchDecided b) {
            return F.objectNode().put("k", "branch").put("pc", b.pc())
                    .put("decision", b.decision().name().toLowerCase(java.util.Locale.ROOT))
                    .put("taken", b.takenPc()).put("fallthrough", b.fallthroughPc());
        }
        if (e instanceof VerifierEvent.BranchPushed b) {
            return F.objectNode().put("k", "push").put("from", b.fromPc()).put("to", b.toPc()).put("queued", b.queued());
        }
        if (e instanceof VerifierEvent.Pruned p) {
            return F.objectNode().put("k", "pruned").put("pc", p.pc()).put("checkpoint", p.checkpointId());
        }
        if (e instanceof VerifierEvent.Checkpoint c) {
            return F.objectNode().put("k", "checkpoint").put("pc", c.pc()).put("id", c.id());
        }
        if (e instanceof VerifierEvent.PrecisionMarked m) {
            ObjectNode o = F.objectNode().put("k", "precise").put("pc", m.pc()).put("checkpoint", m.checkpointId())
                    .put("checkpointPc", m.checkpointPc()).put("frame", m.frame());
            ArrayNode regs = o.putArray("regs");
            for (int r = 0; r < 11; r++) {
                if ((m.regMask() & (1 << r)) != 0) {
                    regs.add(r);
                }
            }
            ArrayNode slots = o.putArray("slots");
            for (int i = 0; i < 64; i++) {
                if ((m.slotMask() & (1L << i)) != 0) {
                    slots.add(-(i + 1) * 8);
                }
            }
            return o;
        }
        VerifierEvent.Rejected r = (VerifierEvent.Rejected) e;
        ObjectNode o = F.objectNode().put("k", "rejected").put("pc", r.pc()).put("line", program.sourceLineAt(r.pc()))
                .put("message", r.message());
        ArrayNode path = o.putArray("path");
        r.path().forEach(path::add);
        if (r.register() != null) {
            o.put("register", r.register());
        }
        if (r.stackOff() != null) {
            o.put("stackOff", r.stackOff());
        }
        return o;
    }

    private void state(ObjectNode o, int frame, List<RegState> regs, List<StackSlot> stack, boolean full) {
        ArrayNode rj = o.putArray("regs");
        for (int r = 0; r < regs.size(); r++) {
            if (full || !regs.get(r).equals(prevRegs.get(r))) {
                rj.add(reg(r, regs.get(r), frame));
            }
        }
        ArrayNode sj = o.putArray("stack");
        for (int i = 0; i < stack.size(); i++) {
            if (full || i >= prevStack.size() || !stack.get(i).equals(prevStack.get(i))) {
                sj.add(slot(i, stack.get(i), frame));
            }
        }
        o.put("stackSize", stack.size());
        prevFrame = frame;
        prevRegs = regs;
        prevStack = stack;
    }

    /** {@code {r, type, text, id, precise, off, range, value?}}: {@code text} is the kernel log's syntax. */
    public static ObjectNode reg(int r, RegState s, int frame) {
        ObjectNode o = F.objectNode().put("r", r).put("type", s.type().logName);
        if (!s.isInit()) {
            return o.put("text", "?");
        }
        o.put("text", StatePrinter.reg(s, frame));
        o.put("id", s.id()).put("precise", s.precise()).put("off", s.off());
        if (s.type().isPacket()) {
            o.put("range", s.range());
        }
        if (s.type() == RegType.PTR_TO_STACK && s.frameno() != frame) {
            o.put("frameno", s.frameno());
        }
        o.set("value", scalar(s.value()));
        return o;
    }

    /** Bounds and tnum; 64-bit numbers as strings (signed decimal for smin/smax, hex otherwise). */
    public static ObjectNode scalar(Scalar v) {
        ObjectNode o = F.objectNode();
        if (v.isConst()) {
            o.put("const", Long.toString(v.constValue()));
        }
        o.put("smin", Long.toString(v.smin())).put("smax", Long.toString(v.smax()));
        o.put("umin", EngineJson.hex64(v.umin())).put("umax", EngineJson.hex64(v.umax()));
        o.put("s32min", v.s32Min()).put("s32max", v.s32Max());
        o.put("u32min", Integer.toUnsignedLong(v.u32Min())).put("u32max", Integer.toUnsignedLong(v.u32Max()));
        o.putObject("tnum").put("value", EngineJson.hex64(v.varOff().value())).put("mask", EngineJson.hex64(v.varOff().mask()));
        return o;
    }

    /** {@code {off, types, text?, spilled?}}: {@code types} are the 8 byte types as the log prints them (highest address first). */
    public static ObjectNode slot(int i, StackSlot s, int frame) {
        ObjectNode o = F.objectNode().put("off", -(i + 1) * 8).put("types", s.toString());
        String text = StatePrinter.slot(s, frame);
        if (text != null) {
            o.put("text", text);
        }
        if (s.isSpill() && s.spilled().isInit()) {
            o.set("spilled", reg(-1, s.spilled(), frame));
        }
        return o;
    }

    /** The verdict: {@code accepted, errno, message, failingInsn, line, processed, totalStates, peakStates, maxStatesPerInsn}. */
    public static ObjectNode verdict(VerificationResult r, Program program) {
        ObjectNode o = F.objectNode();
        o.put("accepted", r.accepted());
        o.put("errno", r.errno() == null ? null : r.errno().name());
        if (r.errno() != null) {
            o.put("errnoValue", r.errno().number);
        }
        o.put("message", r.message());
        o.put("failingInsn", r.failingInsn());
        o.put("line", r.failingInsn() >= 0 ? program.sourceLineAt(r.failingInsn()) : 0);
        o.put("processed", r.processedInsns());
        o.put("totalStates", r.totalStates());
        o.put("peakStates", r.peakStates());
        o.put("maxStatesPerInsn", r.maxStatesPerInsn());
        return o;
    }

    /** {@code [count per pc]}: how many times each instruction was checked. */
    public static ArrayNode visits(int[] visits) {
        ArrayNode a = F.arrayNode();
        for (int v : visits) {
            a.add(v);
        }
        return a;
    }

    /** {@code {blocks: [{id, start, end}], edges: [{from, to, kind, back}]}}. */
    public static ObjectNode cfg(Program program) {
        BasicBlocks.Graph g = BasicBlocks.of(program);
        ObjectNode o = F.objectNode();
        ArrayNode blocks = o.putArray("blocks");
        for (BasicBlocks.Block b : g.blocks()) {
            blocks.addObject().put("id", b.id()).put("start", b.start()).put("end", b.end());
        }
        ArrayNode edges = o.putArray("edges");
        for (BasicBlocks.Edge e : g.edges()) {
            edges.addObject().put("from", e.from()).put("to", e.to())
                    .put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT)).put("back", e.back());
        }
        return o;
    }
}
