package org.bpfplay.engine.interp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;

/**
 * The state of one run of a program: registers, pc, call frames (each with its own 512-byte
 * stack region), may_goto counters, memory, helpers, and how the run ended. {@link #run(Budget)}
 * is the fast path; {@link Debugger} drives the same machine step by step.
 *
 * Calling convention (kernel): a bpf-to-bpf call passes r1-r5, the callee gets a fresh frame
 * pointer r10 and its own stack; on exit the caller's r6-r9 and r10 are restored and r0 holds the
 * result (r1-r5 keep the callee's values: they are clobbered as far as the verifier knows).
 * At most {@link #MAX_FRAMES} frames, as in the kernel.
 *
 * Callbacks (bpf_loop, for_each_map_elem): {@code ld_imm64 rX, BPF_PSEUDO_FUNC} (src 4) loads a
 * function pointer, an address in a read-only "subprograms" region whose offset is the callback's
 * first pc. A helper runs the callback with {@link #invokeCallback}: a frame pushed as by a
 * bpf-to-bpf call from the helper's call site, run until that frame exits, against the run's budget.
 */
public final class Machine {
    public static final int MAX_FRAMES = 8;
    public static final int STACK_SIZE = 512;
    /** The kernel's BPF_MAX_LOOPS: each frame's may_goto budget. */
    public static final long MAX_LOOPS = 8L * 1024 * 1024;

    final Code code;
    final Memory memory;
    final HelperRegistry helpers;
    final HelperCall helperCall;
    final List<ExternalState> externalStates = new ArrayList<>();

    /** r0..r10 of the current frame; 16 entries so that any 4-bit index is in range. */
    final long[] regs = new long[16];
    int pc;
    int depth;
    /** Per caller frame f: where to continue after the callee (frame f+1) exits. */
    final int[] returnPc = new int[MAX_FRAMES];
    /** Per caller frame f: its r6-r9 and r10, saved at the call. */
    final long[] savedRegs = new long[MAX_FRAMES * 5];
    /** Per frame: may_goto iterations left. */
    final long[] mayGoto = new long[MAX_FRAMES];
    final int[] stackIds = new int[MAX_FRAMES];
    /** What LD_ABS/LD_IND read. */
    final LegacyPacketLoad packetLoad = new LegacyPacketLoad();

    /** The region function pointers point into (0 until a BPF_PSEUDO_FUNC load needs it). */
    private int subprogRegion;
    /** The pcs a BPF_PSEUDO_FUNC load names: the only valid callback entries. */
    private final BitSet callbackEntries = new BitSet();
    /** pc of the helper call in progress (where callbacks are called from). */
    private int helperPc;
    /** Frame whose callee's exit ends the innermost callback run, -1 outside callbacks. */
    private int callbackStop = -1;
    /** Set when that exit happened; cleared by {@link #invokeCallback}. */
    boolean callbackReturned;
    /** The limits of the current run (callbacks run against them too). */
    private Budget budget = Budget.DEFAULT;
    private long deadline = Long.MAX_VALUE;

    /** Compiled code for the program, or null; used only inside {@link #run(Budget)}. */
    private Compiled compiled;
    private boolean compiledActive;
    /** Asked once for {@link #compiled} when {@link #compileAfter} instructions have run; null after. */
    private java.util.function.Supplier<Compiled> compiler;
    private long compileAfter;

    long insnCount;
    RunStatus status = RunStatus.RUNNING;
    Fault fault;
    long exitValue;

    public Machine(Program program, Memory memory, HelperRegistry helpers, PseudoLoadResolver resolver) {
        this.memory = memory;
        this.code = new Code(program, (insn, at) -> insn.src() == Pseudo.FUNC
                ? functionPointer(program, insn, at) : resolver.resolve(insn, at));
        this.helpers = helpers;
        this.helperCall = new HelperCall(memory, regs);
        for (int f = 0; f < MAX_FRAMES; f++) {
            stackIds[f] = memory.add(new Region("stack[" + f + "]", RegionKind.STACK, new byte[STACK_SIZE], true));
        }
        regs[10] = stackTop(0);
        mayGoto[0] = MAX_LOOPS;
    }

    public Machine(Program program, Memory memory, HelperRegistry helpers) {
        this(program, memory, helpers, PseudoLoadResolver.NONE);
    }

    // ---- setup -------------------------------------------------------------------------------

    /** Sets a register before the run (r1 = context pointer and the like). */
    public void setRegister(int n, long value) {
        if (n < 0 || n > 10) {
            throw new IllegalArgumentException("no register r" + n);
        }
        regs[n] = value;
    }

    /** Names the region LD_ABS/LD_IND read (the skb's linear data); no link-layer header known. */
    public void setPacketRegion(int regionId) {
        Region r = memory.region(regionId);
        setPacketRegion(regionId, r.offset(), r.offset());
    }

    /**
     * Names the region LD_ABS/LD_IND read, and where in its backing array the MAC and network
     * headers start: the kernel's negative offsets SKF_LL_OFF + k and SKF_NET_OFF + k count
     * from those, while a plain offset k counts from skb->data (the region's start).
     */
    public void setPacketRegion(int regionId, int macStart, int networkStart) {
        packetLoad.setRegion(regionId, macStart, networkStart);
    }

    /** Registers state outside memory that snapshots must save (maps, helper generators). */
    public void addExternalState(ExternalState state) {
        externalStates.add(state);
    }

    /**
     * Puts the machine back to the start of a run (pc 0, main frame, registers zero, r10 the stack
     * top, may_goto budget full). Memory contents are kept, as the kernel keeps a reused stack.
     */
    public void reset() {
        java.util.Arrays.fill(regs, 0);
        regs[10] = stackTop(0);
        pc = 0;
        depth = 0;
        mayGoto[0] = MAX_LOOPS;
        insnCount = 0;
        status = RunStatus.RUNNING;
        fault = null;
        exitValue = 0;
        callbackStop = -1;
        callbackReturned = false;
        memory.clearFault();
    }

    // ---- observation ---------------------------------------------------------------------------

    public Program program() {
        return code.program;
    }

    public Memory memory() {
        return memory;
    }

    public long register(int n) {
        return regs[n];
    }

    /** A copy of r0..r10. */
    public long[] registers() {
        long[] out = new long[11];
        System.arraycopy(regs, 0, out, 0, 11);
        return out;
    }

    public int pc() {
        return pc;
    }

    /** The current frame index: 0 in the main program, n inside the n-th nested call. */
    public int depth() {
        return depth;
    }

    public long instructionCount() {
        return insnCount;
    }

    public RunStatus status() {
        return status;
    }

    public Fault fault() {
        return fault;
    }

    /** r0 at exit. */
    public long returnValue() {
        return exitValue;
    }

    /** The stack region of a frame (0 = main). */
    public int stackRegionId(int frame) {
        return stackIds[frame];
    }

    /** The frame pointer value of a frame: one past the top of its stack. */
    public long stackTop(int frame) {
        return Memory.address(stackIds[frame], STACK_SIZE);
    }

    /** The frames from the main one (0) to the current one. */
    public List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (int f = 0; f <= depth; f++) {
            Region stack = memory.region(stackIds[f]);
            long[] saved = new long[5];
            if (f < depth) {
                System.arraycopy(savedRegs, f * 5, saved, 0, 5);
            } else {
                System.arraycopy(regs, 6, saved, 0, 5);
            }
            out.add(new Frame(f, f < depth ? returnPc[f] : -1, saved, stack.snapshotBytes(), mayGoto[f]));
        }
        return out;
    }

    public RunResult result() {
        return new RunResult(status, exitValue, fault, insnCount);
    }

    // ---- running -----------------------------------------------------------------------------

    /** Runs to exit, fault or the end of the budget (counted from the start of the run). */
    public RunResult run(Budget limits) {
        budget = limits;
        deadline = limits.maxNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + limits.maxNanos();
        compiledActive = true;
        try {
            runLoop();
        } finally {
            compiledActive = false;
            if (compiler != null) {
                compileAfter = Math.max(0, compileAfter - insnCount);
            }
        }
        return result();
    }

    /** Executes until the run ends or the innermost callback's frame returns. */
    private void runLoop() {
        while (status == RunStatus.RUNNING && !callbackReturned) {
            long left = budget.maxInstructions() - insnCount;
            if (left <= 0) {
                stop(Fault.of(FaultKind.INSN_LIMIT, pc, "more than " + budget.maxInstructions()
                        + " instructions executed"));
                break;
            }
            long chunk = Math.min(left, Budget.CHECK_INTERVAL);
            if (compiler != null && compiledActive) {
                if (insnCount >= compileAfter) {
                    // Hot enough: translate now (a chunk boundary, where either engine may go on).
                    java.util.function.Supplier<Compiled> s = compiler;
                    compiler = null;
                    compiled = s.get();
                } else {
                    chunk = Math.min(chunk, compileAfter - insnCount);
                }
            }
            Compiled c = compiledActive ? compiled : null;
            int rc = c != null ? runCompiled(c, chunk) : ExecLoop.execute(this, code.words, chunk);
            if (rc != ExecLoop.FUEL) {
                break;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                stop(Fault.of(FaultKind.TIME_LIMIT, pc, "run took longer than "
                        + budget.maxNanos() / 1_000_000 + " ms (" + insnCount + " instructions)"));
            }
        }
    }

    public RunResult run() {
        return run(Budget.DEFAULT);
    }

    // ---- compiled code (org.bpfplay.engine.jit) ------------------------------------------------

    /**
     * A program translated to JVM bytecode. {@link #run(Budget)} uses it instead of the interpreter;
     * the debugger never does. Instructions it does not translate, and the tail of a budget chunk
     * too short for a whole block, run in the interpreter, so counts, pcs and faults are the
     * interpreter's exactly.
     */
    public interface Compiled {
        /**
         * How execution continues at {@code pc}: n > 0, a compiled block of n instructions starts
         * there; -k (k >= 1), the interpreter must run the next k instructions first.
         */
        int plan(int pc);

        /**
         * Runs compiled blocks from {@code pc} (where {@code plan} is positive and at most
         * {@code fuel}) on the live registers, never more than {@code fuel} instructions. Returns
         * {@code pc << 32 | fuelLeft}, with bit 63 set when the instruction at pc was an exit that
         * has been counted but whose frame pop is still to be done. A failed memory access stops
         * at its pc, not counted, with the fault left in {@code memory}.
         */
        long run(long[] regs, Memory memory, long fuel, int pc);
    }

    /** Compiled code for this machine's program (null: interpret only); used by {@link #run(Budget)}. */
    public void attachCompiled(Compiled c) {
        compiled = c;
    }

    public Compiled compiled() {
        return compiled;
    }

    /**
     * Compiles lazily: once {@link #run(Budget)} has executed {@code afterInstructions} instructions
     * on this machine (counted over runs), {@code compiler} is asked once for the compiled code
     * (null: keep interpreting). Short runs thus never pay for translation.
     */
    public void compileWhenHot(java.util.function.Supplier<Compiled> compiler, long afterInstructions) {
        this.compiler = compiler;
        this.compileAfter = afterInstructions;
    }

    /** The decoded immediate at {@code pc}: sign-extended, or the resolved LD_IMM64 value. */
    public long decodedImm(int pc) {
        return code.imms[pc];
    }

    /** Why the instruction at {@code pc} would fault as invalid when executed, or null if it is valid. */
    public String invalidReason(int pc) {
        return pc >= 0 && pc < code.slots && (code.head[pc] & Op.MASK) != Op.INVALID ? null
                : pc >= 0 && pc < code.slots ? code.invalid[pc] : "outside the program";
    }

    /** One budget chunk through compiled code, handing the interpreter what the code leaves to it. */
    private int runCompiled(Compiled c, long fuel) {
        long rest = fuel;
        while (rest > 0) {
            int plan = c.plan(pc);
            if (plan > 0 && plan <= rest) {
                memory.clearFault();
                long r = c.run(regs, memory, rest, pc);
                long fuelLeft = r & 0xffff_ffffL;
                insnCount += rest - fuelLeft;
                rest = fuelLeft;
                pc = (int) (r >>> 32) & 0x7fff_ffff;
                if (memory.fault != null) {
                    stop(memory.fault);
                    memory.clearFault();
                    return ExecLoop.DONE;
                }
                if (r < 0 && !exitFrame()) {
                    return ExecLoop.DONE;
                }
                continue;
            }
            long n = plan > 0 ? rest : Math.min(rest, -plan);
            long before = insnCount;
            int rc = ExecLoop.execute(this, code.words, n);
            if (rc != ExecLoop.FUEL || insnCount - before != n) {
                // Ended, or a helper's callbacks used budget: let the caller re-plan the chunk.
                return rc;
            }
            rest -= n;
        }
        return ExecLoop.FUEL;
    }

    void stop(Fault f) {
        fault = f;
        status = RunStatus.FAULTED;
    }

    // ---- slow operations called from the loop -------------------------------------------------

    /** A helper call; false if the run ended (fault or unwind). */
    boolean callHelper(int at, long id) {
        HelperRegistry.Entry e = id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE ? helpers.get((int) id) : null;
        if (e == null) {
            stop(Fault.of(FaultKind.UNKNOWN_HELPER, at, "no helper with id " + id + " is available"));
            return false;
        }
        helperPc = at;
        helperCall.begin(at, e.id(), e.name());
        long r0;
        try {
            r0 = e.helper().call(helperCall);
        } catch (RuntimeException ex) {
            // A helper bug must not escape as a JVM exception: it becomes a fault like any other.
            stop(Fault.of(FaultKind.HELPER_ERROR, at, e.name() + "#" + e.id() + " crashed: " + ex));
            return false;
        } finally {
            // A failed access the helper made directly on Memory must not leak into the loop.
            memory.clearFault();
        }
        if (status != RunStatus.RUNNING) {
            // The run ended inside a callback the helper ran: that fault or exit stands.
            return false;
        }
        if (helperCall.fault != null) {
            stop(helperCall.fault);
            return false;
        }
        if (helperCall.stopped) {
            regs[0] = helperCall.stopValue;
            exitValue = helperCall.stopValue;
            status = RunStatus.EXITED;
            return false;
        }
        regs[0] = r0;
        return true;
    }

    /** A bpf-to-bpf call from {@code at}; false on call stack overflow. */
    boolean enterFrame(int at, int target) {
        if (depth == MAX_FRAMES - 1) {
            stop(Fault.of(FaultKind.CALL_DEPTH, at, "the call would nest " + (MAX_FRAMES + 1)
                    + " frames; at most " + MAX_FRAMES + " are allowed"));
            return false;
        }
        int f = depth;
        returnPc[f] = at + 1;
        System.arraycopy(regs, 6, savedRegs, f * 5, 5);
        depth = f + 1;
        regs[10] = stackTop(depth);
        mayGoto[depth] = MAX_LOOPS;
        pc = target;
        return true;
    }

    /** Exit of the current frame; false if it was the main frame and the program ended. */
    boolean exitFrame() {
        if (depth == 0) {
            exitValue = regs[0];
            status = RunStatus.EXITED;
            return false;
        }
        int f = --depth;
        System.arraycopy(savedRegs, f * 5, regs, 6, 5);
        pc = returnPc[f];
        if (f == callbackStop) {
            // A callback's frame returned to the helper that runs it: stop this loop.
            callbackReturned = true;
            return false;
        }
        return true;
    }

    // ---- callbacks -----------------------------------------------------------------------------

    /** The value of {@code ld_imm64 rX, BPF_PSEUDO_FUNC} at {@code at}: the callback at pc + 1 + imm. */
    private OptionalLong functionPointer(Program program, Instruction insn, int at) {
        long target = (long) at + 1 + insn.imm32();
        if (target < 0 || target >= program.slotCount() || program.at((int) target) == null) {
            return OptionalLong.empty();
        }
        if (subprogRegion == 0) {
            subprogRegion = memory.add(new Region("subprograms", RegionKind.READ_ONLY,
                    new byte[program.slotCount()], false));
        }
        callbackEntries.set((int) target);
        return OptionalLong.of(Memory.address(subprogRegion, (int) target));
    }

    /**
     * Runs the callback {@code function} (a value from a BPF_PSEUDO_FUNC load) from inside a helper:
     * a new frame as for a bpf-to-bpf call from the helper's call site (depth + 1, own stack and r10,
     * r6-r9 kept), r1-r5 set to the arguments, executed until that frame exits, counting against
     * the run's budget. Gives r0 at that exit; empty if the run ended inside (fault, budget, call
     * depth, not a callback), in which case that is the run's result and the helper must return.
     */
    public OptionalLong invokeCallback(long function, long r1, long r2, long r3, long r4, long r5) {
        if (status != RunStatus.RUNNING) {
            return OptionalLong.empty();
        }
        int at = helperPc;
        long target = Memory.regionIdOf(function) == subprogRegion && subprogRegion != 0
                ? Memory.offsetOf(function) : -1;
        if (target < 0 || target >= code.slots || !callbackEntries.get((int) target)) {
            stop(Fault.of(FaultKind.HELPER_ERROR, at, "0x" + Long.toHexString(function)
                    + " is not a callback function (BPF_PSEUDO_FUNC) of this program"));
            return OptionalLong.empty();
        }
        int base = depth;
        if (!enterFrame(at, (int) target)) {
            return OptionalLong.empty();
        }
        regs[1] = r1;
        regs[2] = r2;
        regs[3] = r3;
        regs[4] = r4;
        regs[5] = r5;
        int outer = callbackStop;
        callbackStop = base;
        try {
            runLoop();
        } finally {
            callbackStop = outer;
        }
        if (status != RunStatus.RUNNING) {
            return OptionalLong.empty();
        }
        callbackReturned = false;
        pc = at;
        return OptionalLong.of(regs[0]);
    }

    Snapshot capture() {
        return Snapshot.of(this);
    }

    void restore(Snapshot s) {
        s.restoreInto(this);
    }
}
