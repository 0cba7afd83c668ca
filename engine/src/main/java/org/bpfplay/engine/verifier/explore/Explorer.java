/*
 * The main verification loop, after the kernel's do_check: follow one path instruction by
 * instruction; a conditional jump whose outcome is unknown queues the other side (push_stack,
 * remembering the log position) and continues with the fall-through; an exit or a pruned state
 * pops the next queued branch. At prune points the state is compared with stored checkpoints and
 * a new checkpoint is stored when enough jumps and instructions passed since the last one. The
 * log is written exactly when and where the kernel writes it (see VerifierLog).
 */
package org.bpfplay.engine.verifier.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.Consumer;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.PrivilegeMode;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.bpfplay.engine.verifier.cfg.StackLive;
import org.bpfplay.engine.verifier.check.AluCheck;
import org.bpfplay.engine.verifier.check.CheckContext;
import org.bpfplay.engine.verifier.check.CondJump;
import org.bpfplay.engine.verifier.check.Failure;
import org.bpfplay.engine.verifier.check.HelperCall;
import org.bpfplay.engine.verifier.check.LdInsn;
import org.bpfplay.engine.verifier.check.MemAccess;
import org.bpfplay.engine.verifier.check.ReturnRule;
import org.bpfplay.engine.verifier.log.StatePrinter;
import org.bpfplay.engine.verifier.log.VerifierEvent;
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.scalar.ScalarBranch;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** One verification run over a structurally valid program. */
public final class Explorer {
    private static final int INSN_LIMIT = 1_000_000;
    private static final int JMP_SEQ_LIMIT = 8192;
    private static final int MAX_FRAMES = 8;

    private record Queued(VerifierState st, int insn, int prevInsn, long logPos, History path) {
    }


    private static final class Checkpoint {
        final VerifierState st;
        final int id;
        int hits;
        int misses;

        Checkpoint(VerifierState st, int id) {
            this.st = st;
            this.id = id;
        }
    }

    private final Program prog;
    private final VerifierLog log;
    private final CheckContext cx;
    private final boolean[] prunePoint;
    private final int[] liveRegs;
    private final List<VerifierEvent> events = new ArrayList<>();
    /** Who hears every event as it happens (null: nobody), and how many events {@link #events()} keeps. */
    private Consumer<? super VerifierEvent> listener;
    private int keepEvents = Integer.MAX_VALUE;
    private final Map<VerifierState, Integer> checkpointIds = new IdentityHashMap<>();
    /** The instruction whose need for an exact value the current precision walk serves. */
    private int precisionPc;
    private final Deque<Queued> stack = new ArrayDeque<>();
    private final List<List<Checkpoint>> explored = new ArrayList<>();
    private final Map<VerifierState, History> marks = new IdentityHashMap<>();
    private final Precision precision;
    private final boolean[] inCycle;
    /** Per pc the stack slots that may still be read (pruning ignores the others). */
    private final long[] liveSlots;

    private int insnIdx;
    private int prevInsnIdx = -1;
    private History path;
    private int insnProcessed;
    private int jmpsProcessed;
    private int prevJmpsProcessed;
    private int prevInsnProcessed;
    private int totalStates;
    private int peakStates;
    private int maxStatesPerInsn;
    private int failingInsn = -1;

    private final StackLiveness stackLive;
    /** Instructions a speculative path failed at: later speculative paths stop there (insn_aux nospec). */
    private final boolean[] nospec;
    private final SccVisits sccs;
    /** Helper calls that run callbacks (calls_callback): checkpoints are forced there and iterations converge there. */
    private final boolean[] callsCallback;
    private final Callbacks callbacks = new Callbacks(this);
    /** Checkpoints per explored_state bucket (see bucket()). */
    private final int[] bucketSize;

    public Explorer(Program prog, VerifierOptions opts, VerifierLog log, boolean[] prunePoint, int[] liveRegs,
                    boolean[] inCycle, NavigableSet<Integer> subprogs) {
        this(prog, opts, prog.maps(), log, prunePoint, liveRegs, inCycle, subprogs);
    }

    /** {@code maps}: what ld_imm64 src=1/2 imm=K refers to. */
    public Explorer(Program prog, VerifierOptions opts, List<MapSpec> maps, VerifierLog log, boolean[] prunePoint,
                    int[] liveRegs, boolean[] inCycle, NavigableSet<Integer> subprogs) {
        this.inCycle = inCycle;
        this.precision = new Precision(prog, marks, log, this::precisionMarked);
        this.prog = prog;
        this.log = log;
        this.cx = new CheckContext(log, opts.progType(), maps);
        boolean root = opts.mode() == PrivilegeMode.ROOT;
        cx.allowPtrLeaks = root;
        cx.bypassSpecV1 = root;
        cx.bypassSpecV4 = root;
        cx.allowUninitStack = root;
        this.nospec = new boolean[prog.slotCount() + 1];
        this.stackLive = new StackLiveness(prog, subprogs, prunePoint, log);
        this.sccs = new SccVisits(prog, log);
        cx.stackUse = new CheckContext.StackUse() {
            @Override
            public void read(int frame, long mask) {
                stackLive.read(cx.cur, frame, insnIdx, mask);
            }

            @Override
            public void write(int frame, long mask) {
                stackLive.write(frame, mask);
            }
        };
        this.liveSlots = StackLive.compute(prog);
        this.callsCallback = Callbacks.callSites(prog);
        this.bucketSize = new int[Math.max(1, prog.slotCount())];
        this.prunePoint = prunePoint;
        this.liveRegs = liveRegs;
        cx.liveRegs = liveRegs;
        for (int i = 0; i <= prog.slotCount(); i++) {
            explored.add(null);
        }
    }

    public int insnProcessed() {
        return insnProcessed;
    }

    public int totalStates() {
        return totalStates;
    }

    public int peakStates() {
        return peakStates;
    }

    public int maxStatesPerInsn() {
        return maxStatesPerInsn;
    }

    public int failingInsn() {
        return failingInsn;
    }

    public List<VerifierEvent> events() {
        return events;
    }

    /** Sends every event to {@code l} as it happens and keeps at most {@code keep} in {@link #events()}. */
    public void streamEvents(Consumer<? super VerifierEvent> l, int keep) {
        this.listener = l;
        this.keepEvents = keep;
    }

    private void emit(VerifierEvent e) {
        if (events.size() < keepEvents) {
            events.add(e);
        }
        if (listener != null) {
            listener.accept(e);
        }
    }

    private void precisionMarked(VerifierState ckpt, int frame, int regs, long slots) {
        Integer id = checkpointIds.get(ckpt);
        emit(new VerifierEvent.PrecisionMarked(precisionPc, id == null ? 0 : id, ckpt.insnIdx, frame, regs, slots));
    }

    /** Runs do_check from pc 0; null when every path is safe. */
    public Failure run() {
        VerifierState st = new VerifierState();
        FuncState main = new FuncState(0, -1);
        main.regs[1] = RegState.pointer(RegType.PTR_TO_CTX, 0);
        st.frames.add(main);
        cx.cur = st;
        log.scratchAll();
        Failure f = doCheck();
        if (f != null) {
            failingInsn = insnIdx;
            List<Integer> pcs = new ArrayList<>();
            for (History p = path; p != null; p = p.prev()) {
                pcs.add(p.pc());
            }
            Collections.reverse(pcs); // (prepending was quadratic on a million-insn path)
            emit(VerifierEvent.Rejected.of(insnIdx, f.message(), pcs));
        }
        return f;
    }

    private Failure doCheck() {
        boolean doPrintState = false;
        while (true) {
            if (insnIdx < 0 || insnIdx >= prog.slotCount() || prog.at(insnIdx) == null) {
                return new Failure(Errno.EFAULT, "invalid insn idx " + insnIdx + " insn_cnt " + prog.slotCount());
            }
            Instruction in = prog.at(insnIdx);
            if (++insnProcessed > INSN_LIMIT) {
                return new Failure(Errno.E2BIG, "BPF program is too large. Processed " + insnProcessed + " insn");
            }
            if (prunePoint[insnIdx]) {
                int r = isStateVisited(insnIdx);
                if (r < 0) {
                    return loopFailure;
                }
                if (r == 1) {
                    if (log.enabled()) {
                        if (doPrintState) {
                            log.print("\nfrom " + prevInsnIdx + " to " + insnIdx + specText() + ": safe\n");
                        } else {
                            log.print(insnIdx + ": safe\n");
                        }
                    }
                    emit(new VerifierEvent.Pruned(insnIdx, prunedBy));
                    if (!exitPath()) {
                        return null;
                    }
                    doPrintState = true;
                    continue;
                }
            }
            log.setStateSuffix(cx.cur.refsSuffix());
            if (log.level2() && doPrintState) {
                log.print("\nfrom " + prevInsnIdx + " to " + insnIdx + specText() + ":");
                log.printState(cx.frame(), true);
            }
            doPrintState = false;
            if (log.enabled()) {
                if (log.isScratched()) {
                    log.printInsnState(cx.frame(), insnIdx);
                }
                log.printInsn(insnIdx, log.insn(in));
            }
            path = new History(insnIdx, path, -1, -1);
            prevInsnIdx = insnIdx;
            if (cx.cur.speculative && nospec[insnIdx]) {
                if (!exitPath()) {
                    return null;
                }
                doPrintState = true;
                continue;
            }
            cx.insnIdx = insnIdx;
            stackLive.beginInsn(cx.cur, insnIdx);
            cx.lastStackSpi = -1;
            cx.needPrecise = 0;
            cx.needPreciseStack = 0;
            prevInsnIdx = insnIdx;
            InsnClass cls = in.insnClass();
            Failure f = null;
            switch (cls) {
                case ALU:
                case ALU64: {
                    cx.speculativeAlu = null;
                    AluCheck.Outcome o = AluCheck.check(cx, in);
                    f = o.failure();
                    if (f == null && cx.speculativeAlu != null) {
                        VerifierState sim = cx.speculativeAlu;
                        sim.speculative = true;
                        f = push(sim, insnIdx + 1, insnIdx);
                    }
                    if (f != null && cx.needPrecise != 0) {
                        // the kernel backtracks the offset register before it checks the pointer arithmetic
                        precision.markEach(cx.cur, path, cx.needPrecise);
                    }
                    if (f == null && o.forkedDst() != null) {
                        VerifierState other = cx.cur.copy();
                        other.cur().regs[in.dst()] = o.forkedDst();
                        f = push(other, insnIdx, insnIdx);
                    }
                    break;
                }
                case LDX:
                    f = MemAccess.load(cx, in);
                    break;
                case STX:
                    f = in.mode() == Mode.ATOMIC ? MemAccess.atomic(cx, in) : MemAccess.storeReg(cx, in);
                    break;
                case ST:
                    f = MemAccess.storeImm(cx, in);
                    break;
                case LD:
                    f = LdInsn.check(cx, in);
                    break;
                default: {
                    jmpsProcessed++;
                    JumpOp op = in.jumpOp();
                    if (op == JumpOp.CALL) {
                        f = call(in);
                        if (f == null) {
                            continue;
                        }
                    } else if (op == JumpOp.JA) {
                        if (in.source().code != 0 || in.src() != 0 || in.dst() != 0
                                || (cls == InsnClass.JMP && in.imm32() != 0) || (cls == InsnClass.JMP32 && in.offset() != 0)) {
                            f = Failure.einval("BPF_JA uses reserved fields");
                        } else {
                            recordInsn();
                            stackLive.commit();
                            insnIdx += (cls == InsnClass.JMP ? in.offset() : in.imm32()) + 1;
                            continue;
                        }
                    } else if (op == JumpOp.EXIT) {
                        if (in.source().code != 0 || in.imm32() != 0 || in.src() != 0 || in.dst() != 0 || cls == InsnClass.JMP32) {
                            f = Failure.einval("BPF_EXIT uses reserved fields");
                        } else if (cx.cur.curframe() > 0) {
                            f = funcExit();
                            if (f == null) {
                                doPrintState = true;
                                continue;
                            }
                        } else {
                            f = cx.cur.refs.isEmpty() ? cx.readReg(0)
                                    : Failure.einval(HelperCall.leakLines(cx.cur.refs)
                                            + "BPF_EXIT instruction in main prog would lead to reference leak");
                            if (f == null && cx.isPointerValue(0)) {
                                f = Failure.eacces("R0 leaks addr as return value");
                            }
                            if (f == null) {
                                f = returnCode();
                            }
                            if (f == null) {
                                recordInsn();
                                stackLive.commit();
                                if (!exitPath()) {
                                    return null;
                                }
                                doPrintState = true;
                                continue;
                            }
                        }
                    } else if (op == null || op == JumpOp.JCOND) {
                        f = Failure.einval(String.format("invalid BPF_JMP/JMP32 opcode %x", in.opcode() & 0xf0));
                    } else {
                        f = condJump(in);
                        if (f == null) {
                            recordInsn();
                            stackLive.commit();
                            continue;
                        }
                    }
                }
            }
            if (f != null) {
                if (cx.cur.speculative && recoverable(f)) {
                    // error_recoverable_with_nospec: the CPU cannot get here; end this path and
                    // stop later speculative paths at this instruction
                    stackLive.commit();
                    log.print(f.message() + "\n");
                    nospec[insnIdx] = true;
                    if (!exitPath()) {
                        return null;
                    }
                    doPrintState = true;
                    continue;
                }
                return f;
            }
            afterInsn();
            recordInsn();
            stackLive.commit();
            if (cx.cur.speculative && cx.nospecResult.get(insnIdx)) {
                // a speculation barrier follows this store: the speculative path ends here
                if (!exitPath()) {
                    return null;
                }
                doPrintState = true;
                continue;
            }
            insnIdx += in.width();
        }
    }

    /** Notes the stack slot the instruction touched and runs the precision requests it made. */
    private void afterInsn() {
        if (cx.lastStackSpi >= 0) {
            path = path.withStack(cx.lastStackSpi, cx.lastStackFrame);
        }
        if (cx.needPrecise != 0) {
            precisionPc = prevInsnIdx;
            precision.markEach(cx.cur, path, cx.needPrecise);
        }
        if (cx.needPreciseStack != 0) {
            precisionPc = prevInsnIdx;
            precision.mark(cx.cur, path, 0, cx.needPreciseStack);
        }
    }

    private String specText() {
        return cx.cur.speculative ? " (speculative execution)" : "";
    }

    private static boolean recoverable(Failure f) {
        return f.errno() == Errno.EPERM || f.errno() == Errno.EACCES || f.errno() == Errno.EINVAL;
    }

    private void recordInsn() {
        FuncState fr = cx.frame();
        emit(new VerifierEvent.InsnChecked(prevInsnIdx, fr.frameno, List.of(fr.regs), List.copyOf(fr.stack)));
    }

    /** check_return_code: the type's rule for r0; a ranged rule first makes r0 precise. */
    private Failure returnCode() {
        ReturnRule rule = ReturnRule.of(cx.progType);
        if (!rule.ranged) {
            return null;
        }
        Failure f = rule.typeCheck(cx.reg(0));
        if (f == null) {
            precision.mark(cx.cur, path, 1, 0);
            f = rule.rangeCheck(cx.reg(0));
        }
        return f;
    }

    private Failure condJump(Instruction in) {
        CondJump.Outcome o = CondJump.check(cx, in);
        if (o.failure() != null) {
            return o.failure();
        }
        path = Precision.comparedStack(path, cx.cur, in);
        if (o.pred() != ScalarBranch.Outcome.UNKNOWN) {
            // the kernel asks for dst first, then src, as two separate backtracking walks
            precisionPc = insnIdx;
            if (cx.reg(in.dst()).isScalar()) {
                precision.mark(cx.cur, path, 1 << in.dst(), 0);
            }
            if (in.source().code != 0 && cx.reg(in.src()).isScalar()) {
                precision.mark(cx.cur, path, 1 << in.src(), 0);
            }
        }
        log.setStateSuffix(cx.cur.refsSuffix());
        int taken = insnIdx + in.offset() + 1;
        emit(new VerifierEvent.BranchDecided(insnIdx, o.pred() == ScalarBranch.Outcome.ALWAYS ? VerifierEvent.Decision.TAKEN
                : o.pred() == ScalarBranch.Outcome.NEVER ? VerifierEvent.Decision.FALLTHROUGH : VerifierEvent.Decision.BOTH,
                taken, insnIdx + 1));
        if (o.pred() != ScalarBranch.Outcome.UNKNOWN && !cx.bypassSpecV1) {
            Failure f = pushSpeculative(in, o.pred() == ScalarBranch.Outcome.ALWAYS ? insnIdx + 1 : insnIdx + in.offset() + 1);
            if (f != null) {
                return f;
            }
        }
        if (o.pred() == ScalarBranch.Outcome.ALWAYS) {
            log.printInsnState(cx.frame(), insnIdx);
            insnIdx += in.offset() + 1;
            return null;
        }
        if (o.pred() == ScalarBranch.Outcome.NEVER) {
            log.printInsnState(cx.frame(), insnIdx);
            insnIdx += 1;
            return null;
        }
        if (o.linked() != null) {
            path = path.withLinked(o.linked());
        }
        Failure f = push(o.taken(), insnIdx + in.offset() + 1, insnIdx);
        if (f != null) {
            return f;
        }
        log.printInsnState(cx.frame(), insnIdx);
        insnIdx += 1;
        return null;
    }

    /** sanitize_speculative_path: the side the branch never takes, with its compared registers unknown. */
    private Failure pushSpeculative(Instruction in, int target) {
        VerifierState st = cx.cur.copy();
        st.speculative = true;
        st.cur().regs[in.dst()] = RegState.unknownScalar();
        if (in.source().code != 0) {
            st.cur().regs[in.src()] = RegState.unknownScalar();
        }
        return push(st, target, insnIdx);
    }

    private Failure push(VerifierState st, int target, int from) {
        st.insnIdx = target;
        if (st.parent != null) {
            st.parent.branches++;
        }
        stack.push(new Queued(st, target, from, log.length(), path));
        emit(new VerifierEvent.BranchPushed(from, target, stack.size()));
        if (stack.size() > JMP_SEQ_LIMIT) {
            return new Failure(Errno.EFAULT, "The sequence of " + stack.size() + " jumps is too complex.");
        }
        return null;
    }

    /** process_bpf_exit: this path is done; continue with the next queued branch if any. */
    private boolean exitPath() {
        log.scratchAll();
        updateBranchCounts(cx.cur);
        stackLive.update(cx.cur);
        Queued q = stack.poll();
        if (q == null) {
            return false;
        }
        cx.cur = q.st();
        insnIdx = q.insn();
        prevInsnIdx = q.prevInsn();
        path = q.path();
        if (!log.level2()) {
            log.reset(q.logPos());
        }
        FuncState fr = cx.frame();
        emit(new VerifierEvent.BranchPopped(q.prevInsn(), q.insn(), fr.frameno, List.of(fr.regs), List.copyOf(fr.stack)));
        return true;
    }

    private void updateBranchCounts(VerifierState st) {
        while (st != null) {
            int br = --st.branches;
            if (br > 0) {
                break;
            }
            sccs.exit(st);
            st = st.parent;
        }
    }

    // ---- bpf-to-bpf calls ----

    private Failure call(Instruction in) {
        if (in.source().code != 0 || (in.src() != Pseudo.CALL_KFUNC && in.offset() != 0)
                || (in.src() != 0 && in.src() != Pseudo.CALL_LOCAL && in.src() != Pseudo.CALL_KFUNC)
                || in.dst() != 0 || in.insnClass() == InsnClass.JMP32) {
            return Failure.einval("BPF_CALL uses reserved fields");
        }
        if (in.src() == Pseudo.CALL_HELPER) {
            cx.callback = null;
            Failure f = HelperCall.check(cx, in.imm32(), insnIdx);
            if (cx.callback != null && (f == null || cx.callback.failure() != null)) {
                f = callbacks.afterHelper(cx.callback);
            }
            if (f != null) {
                if (cx.needPrecise != 0) {
                    // the kernel marks an argument precise as soon as it is checked, before a later failure
                    precision.markEach(cx.cur, path, cx.needPrecise);
                }
                return f;
            }
            afterInsn();
            recordInsn();
            insnIdx += 1;
            return null;
        }
        if (in.src() != Pseudo.CALL_LOCAL) {
            return Failure.einval("kfunc calls are not supported yet");
        }
        if (cx.cur.frames.size() >= MAX_FRAMES) {
            return new Failure(Errno.E2BIG, "the call stack of " + (cx.cur.frames.size() + 1) + " frames is too deep");
        }
        FuncState caller = cx.frame();
        FuncState callee = new FuncState(cx.cur.frames.size(), insnIdx);
        for (int r = 1; r <= 5; r++) {
            callee.regs[r] = caller.regs[r];
        }
        for (int r = 0; r <= 5; r++) {
            caller.regs[r] = RegState.NOT_INIT;
        }
        cx.cur.frames.add(callee);
        if (log.enabled()) {
            log.print("caller:\n");
            log.printState(caller, true);
            log.print("callee:\n");
            log.printState(callee, true);
        }
        recordInsn();
        log.scratchAll();
        stackLive.resetCallchain();
        insnIdx = insnIdx + in.imm32() + 1;
        return null;
    }

    /** prepare_func_exit: r0 goes back to the caller (not checked here: the caller's use checks it). */
    private Failure funcExit() {
        stackLive.update(cx.cur);
        FuncState callee = cx.frame();
        RegState r0 = callee.regs[0];
        if (r0.type() == RegType.PTR_TO_STACK) {
            return Failure.einval("cannot return stack pointer to the caller");
        }
        Failure f = callee.inCallbackFn ? callbacks.checkReturn() : null;
        if (f != null) {
            return f;
        }
        cx.cur.frames.remove(cx.cur.frames.size() - 1);
        FuncState caller = cx.frame();
        // a callback returns to its helper call, which decides about another visit
        int back = callee.inCallbackFn ? callee.callsite : callee.callsite + 1;
        if (!callee.inCallbackFn) {
            caller.regs[0] = r0;
        }
        if (log.enabled()) {
            log.print("returning from callee:\n");
            log.printState(callee, true);
            log.print("to caller at " + back + ":\n");
            log.printState(caller, true);
        }
        recordInsn();
        log.cleanScratch();
        prevInsnIdx = insnIdx;
        insnIdx = back;
        if (callee.inCallbackFn) {
            callbacks.widen(back);
        }
        return null;
    }

    // ---- hooks for Callbacks ----

    CheckContext cx() {
        return cx;
    }

    VerifierLog log() {
        return log;
    }

    /** mark_chain_precision of {@code regs} in the current frame, for the instruction being checked. */
    void markPrecise(int regs) {
        precisionPc = insnIdx;
        precision.mark(cx.cur, path, regs, 0);
    }

    Failure pushState(VerifierState st, int target) {
        return push(st, target, insnIdx);
    }

    /** The checkpoints stored at {@code pc}, newest first. */
    List<VerifierState> checkpointsAt(int pc) {
        List<VerifierState> out = new ArrayList<>();
        if (explored.get(pc) != null) {
            explored.get(pc).forEach(c -> out.add(c.st));
        }
        return out;
    }

    // ---- pruning ----

    private static void clearPrecise(VerifierState st) {
        for (FuncState f : st.frames) {
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                f.regs[i] = f.regs[i].withPrecise(false);
            }
            for (int i = 0; i < f.stack.size(); i++) {
                var s = f.stack.get(i);
                if (s.isSpill()) {
                    f.stack.set(i, new StackSlot(s.types(), s.spilled().withPrecise(false)));
                }
            }
        }
    }

    private Failure loopFailure;
    /** The id of the checkpoint the last pruning hit matched. */
    private int prunedBy;

    /** explored_state's bucket: (pc ^ call site) modulo the program length, unsigned (the main frame's call site is -1). */
    private int bucket(int idx, int callsite) {
        return Integer.remainderUnsigned(idx ^ callsite, bucketSize.length);
    }

    /** is_state_visited: 1 to prune, 0 to go on, -1 for an infinite loop (loopFailure set). */
    private int isStateVisited(int idx) {
        VerifierState cur = cx.cur;
        boolean force = callsCallback[idx];
        boolean addNewState = force || (jmpsProcessed - prevJmpsProcessed >= 2 && insnProcessed - prevInsnProcessed >= 8);
        List<Checkpoint> list = explored.get(idx);
        // the kernel keeps checkpoints in buckets by pc ^ call site and counts a whole bucket
        int bucket = bucket(idx, cur.cur().callsite);
        int statesCnt = bucketSize[bucket];
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Checkpoint sl = list.get(i);
                if (bucket(idx, sl.st.cur().callsite) != bucket) {
                    continue;
                }
                boolean miss;
                if (sl.st.branches > 0 && force) {
                    // a callback visit that brings back a state of an earlier visit: iteration converged
                    miss = !Pruning.statesEqual(sl.st, cur, liveRegs[idx] | 0x400, liveSlots[idx], false, true);
                } else if (sl.st.branches > 0) {
                    if (sl.st.callbackUnrollDepth == cur.callbackUnrollDepth && Pruning.statesEqual(sl.st, cur, 0x7ff, true)) {
                        StringBuilder sb = new StringBuilder("infinite loop detected at insn " + idx + "\n");
                        sb.append("cur state:").append(StatePrinter.frame(cur.cur(), true, 0, 0))
                                .append(cur.cur().inCallbackFn ? " cb\n" : "\n");
                        sb.append("old state:").append(StatePrinter.frame(sl.st.cur(), true, 0, 0))
                                .append(sl.st.cur().inCallbackFn ? " cb" : "");
                        loopFailure = Failure.einval(sb.toString());
                        return -1;
                    }
                    if (!force && jmpsProcessed - prevJmpsProcessed < 20 && insnProcessed - prevInsnProcessed < 100) {
                        addNewState = false;
                    }
                    miss = true;
                } else {
                    // a speculative checkpoint never stands for a real path
                    miss = (sl.st.speculative && !cur.speculative)
                            || !Pruning.statesEqual(sl.st, cur, liveRegs[idx] | 0x400, liveSlots[idx], false, inCycle[idx]);
                }
                if (!miss) {
                    prunedBy = sl.id;
                    sl.hits++;
                    precisionPc = idx;
                    precision.propagate(sl.st, cx.cur, new History(idx, path, -1, -1));
                    return 1;
                }
                if (addNewState) {
                    sl.misses++;
                }
                if (sl.misses > sl.hits * 3 + 3) {
                    list.remove(i--);
                    bucketSize[bucket]--;
                    if (sl.st.branches == 0) {
                        peakStates--;
                    }
                }
            }
        }
        if (maxStatesPerInsn < statesCnt) {
            maxStatesPerInsn = statesCnt;
        }
        if (!addNewState) {
            return 0;
        }
        totalStates++;
        peakStates++;
        prevJmpsProcessed = jmpsProcessed;
        prevInsnProcessed = insnProcessed;
        VerifierState copy = cur.copy();
        clearPrecise(copy);
        marks.put(copy, path);
        copy.insnIdx = idx;
        copy.branches = 1;
        cur.parent = copy;
        if (list == null) {
            list = new ArrayList<>();
            explored.set(idx, list);
        }
        checkpointIds.put(copy, totalStates);
        list.add(0, new Checkpoint(copy, totalStates));
        bucketSize[bucket]++;
        sccs.enter(copy);
        emit(new VerifierEvent.Checkpoint(idx, totalStates));
        return 0;
    }
}
