package org.bpfplay.engine.verifier.check;

import java.util.List;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.VerifierState;

/**
 * What the checks of one instruction work on: the current state, the log (for scratch marks),
 * the program type, the program's maps and the id generator shared by the whole verification.
 */
public final class CheckContext {
    public VerifierState cur;
    public final VerifierLog log;
    public final ProgramType progType;
    private int idGen;
    /** Stack slot of the last fixed-offset stack access of this instruction (-1: none), for precision backtracking. */
    public int lastStackSpi = -1;
    /** Registers whose exact value this instruction depends on (mark_chain_precision requests). */
    public int needPrecise;
    /** Frame of that slot. */
    public int lastStackFrame = -1;
    /** Stack slots (of the current frame) whose spilled value this instruction depends on. */
    public long needPreciseStack;
    /** The program's maps: ld_imm64 src=1 imm=K means maps.get(K). */
    public final List<MapSpec> maps;

    /** Receives the stack reads and full-slot writes of the instruction (the 6.18 stack-liveness marks). */
    public interface StackUse {
        /** Bit i of {@code mask}: slot fp-(i+1)*8 of frame {@code frame} may be read. */
        void read(int frame, long mask);

        /** Bit i of {@code mask}: slot fp-(i+1)*8 of frame {@code frame} is entirely written. */
        void write(int frame, long mask);
    }

    /**
     * The four capability switches of bpf_check: all true for root (CAP_SYS_ADMIN or CAP_BPF with
     * CAP_PERFMON), all false for CAP_BPF alone.
     */
    public boolean allowPtrLeaks = true;
    public boolean bypassSpecV1 = true;
    public boolean bypassSpecV4 = true;
    public boolean allowUninitStack = true;
    /** Per instruction: the sanitation state recorded by pointer arithmetic (insn_aux alu_state/alu_limit). */
    public final java.util.Map<Integer, long[]> aluSanitation = new java.util.HashMap<>();
    /** Stores that need a speculation barrier after them (!bypass_spec_v4, insn_aux nospec_result). */
    public final java.util.BitSet nospecResult = new java.util.BitSet();
    /** The pc being checked. */
    public int insnIdx;
    /**
     * Set by pointer arithmetic with a variable offset under sanitation: the pointer the kernel's
     * sanitize_ptr_alu leaves in dst on the speculative path it pushes to the next instruction
     * (what masking an out-of-range offset to zero would give); null otherwise.
     */
    public RegState speculativeAluFork;

    /** Who listens to stack use (null: nobody). */
    public StackUse stackUse;

    public CheckContext(VerifierLog log, ProgramType progType) {
        this(log, progType, List.of());
    }

    public CheckContext(VerifierLog log, ProgramType progType, List<MapSpec> maps) {
        this.log = log;
        this.progType = progType;
        this.maps = List.copyOf(maps);
    }

    public void markStackRead(int frame, long mask) {
        if (stackUse != null) {
            stackUse.read(frame, mask);
        }
    }

    public void markStackWrite(int frame, long mask) {
        if (stackUse != null) {
            stackUse.write(frame, mask);
        }
    }

    /** is_pointer_value: a pointer that may not be treated as a number (always false when leaks are allowed). */
    public boolean isPointerValue(int r) {
        return !allowPtrLeaks && reg(r).isPointer();
    }

    public int newId() {
        return ++idGen;
    }

    public FuncState frame() {
        return cur.cur();
    }

    public RegState reg(int r) {
        return frame().regs[r];
    }

    public void setReg(int r, RegState v) {
        frame().regs[r] = v;
    }

    /** __check_reg_arg for a source operand: the register must be valid and initialised. */
    public Failure readReg(int r) {
        if (r >= FuncState.MAX_REGS) {
            return Failure.einval("R" + r + " is invalid");
        }
        log.scratchReg(r);
        if (!reg(r).isInit()) {
            return Failure.eacces("R" + r + " !read_ok");
        }
        return null;
    }

    /** __check_reg_arg for a destination: the frame pointer cannot be written. */
    public Failure writeReg(int r) {
        if (r >= FuncState.MAX_REGS) {
            return Failure.einval("R" + r + " is invalid");
        }
        log.scratchReg(r);
        if (r == 10) {
            return Failure.eacces("frame pointer is read only");
        }
        return null;
    }

    /** assign_scalar_id_before_mov: give an unknown scalar an id so that a copy stays linked. */
    public void assignIdBeforeMov(int r) {
        RegState s = reg(r);
        if (!s.isScalar()) {
            return;
        }
        if (s.addConst()) {
            s = s.withLink(0, false, 0);
        }
        if (s.id() == 0 && !s.value().isConst()) {
            s = s.withId(newId());
        }
        setReg(r, s);
    }
}
