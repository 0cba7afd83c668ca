package org.bpfplay.engine.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.bpfplay.engine.asm.ConformanceLine.Token;
import org.bpfplay.engine.asm.ConformanceNumbers.Parsed;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.isa.Source;

/**
 * Assembler for the mnemonic syntax of bpf_conformance and uBPF ({@code mov %r0, 1},
 * {@code ldxw %r0, [%r1+4]}, {@code jne %r0, 0, fail}, {@code lock fetch add [%r10-8], %r1}).
 *
 * <p>One pass over the lines emits instructions and remembers label references; a second step
 * patches jump offsets (in slots, counted from the next instruction, so lddw counts two). The
 * label {@code exit} names the first exit instruction unless the source defines it. Every error
 * is collected with its line:column; nothing is thrown for bad input.
 */
public final class ConformanceAssembler {
    /** Names of the ALU operations, the 32/64 suffix removed; sdiv/smod are DIV/MOD with offset 1. */
    private static final Map<String, AluOp> ALU_OPS = aluOps();
    /** Names of the conditional jumps, the 32 suffix removed. */
    private static final Map<String, JumpOp> JUMP_OPS = jumpOps();
    /** Atomic operation words after {@code lock [fetch]}, the 32 suffix removed. */
    private static final Map<String, AtomicOp> ATOMIC_OPS = Map.of(
            "add", AtomicOp.ADD, "and", AtomicOp.AND, "or", AtomicOp.OR, "xor", AtomicOp.XOR,
            "xchg", AtomicOp.XCHG, "cmpxchg", AtomicOp.CMPXCHG);
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_.$][A-Za-z0-9_.$]*");
    private static final Pattern REGISTER = Pattern.compile("%r[0-9]{1,2}");
    private static final Pattern ENDIAN = Pattern.compile("(le|be|bswap|swap)(16|32|64)");
    private static final Pattern MOVSX = Pattern.compile("movsx(832|1632|864|1664|3264)");
    private static final Map<String, Size> SIZES = Map.of("b", Size.B, "h", Size.H, "w", Size.W, "dw", Size.DW);

    /** A jump or call whose target is a label, patched once all labels are known. */
    private record Fixup(int index, int pc, int line, Token label, boolean inImm) {
    }

    /** A memory operand {@code [%rN+off]}. */
    private record Mem(int reg, int offset) {
    }

    private final List<Instruction> insns = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<AsmError> errors = new ArrayList<>();
    private final List<Fixup> fixups = new ArrayList<>();
    private final Map<String, Integer> labelPc = new LinkedHashMap<>();
    private final Map<String, Integer> labelLine = new HashMap<>();
    private int pc;
    private int firstExitPc = -1;
    private int line;

    private ConformanceAssembler() {
    }

    /** Assembles a whole source text; the result holds the program or every error found. */
    public static AsmResult assemble(String source) {
        return new ConformanceAssembler().run(source == null ? "" : source);
    }

    private AsmResult run(String source) {
        String[] text = source.split("\r?\n|\r", -1);
        for (int i = 0; i < text.length; i++) {
            line = i + 1;
            assembleLine(text[i]);
        }
        resolveFixups();
        if (!errors.isEmpty()) {
            return AsmResult.failed(errors);
        }
        Map<Integer, String> labels = new HashMap<>();
        for (Map.Entry<String, Integer> e : labelPc.entrySet()) {
            labels.putIfAbsent(e.getValue(), e.getKey());
        }
        int[] sourceLines = lines.stream().mapToInt(Integer::intValue).toArray();
        return AsmResult.of(new Program(insns, List.of(), labels, sourceLines));
    }

    private void assembleLine(String text) {
        ConformanceLine split = ConformanceLine.split(text, line);
        if (split.error() != null) {
            errors.add(split.error());
            return;
        }
        List<Token> tokens = split.tokens();
        int first = 0;
        // Labels stand alone upstream; an instruction after one on the same line is accepted too.
        while (first < tokens.size() && tokens.get(first).text().endsWith(":")) {
            defineLabel(tokens.get(first));
            first++;
        }
        if (first < tokens.size()) {
            instruction(tokens.get(first), tokens.subList(first + 1, tokens.size()));
        }
    }

    private void defineLabel(Token token) {
        String name = token.text().substring(0, token.text().length() - 1);
        if (!LABEL.matcher(name).matches()) {
            error(token, "'" + name + "' is not a valid label name (letters, digits, '_', '.', '$'; not starting with a digit)");
        } else if (labelPc.containsKey(name)) {
            error(token, "duplicate label '" + name + "' (first defined on line " + labelLine.get(name) + ")");
        } else {
            labelPc.put(name, pc);
            labelLine.put(name, line);
        }
    }

    // ---- instructions -------------------------------------------------------------------------

    private void instruction(Token mnemonic, List<Token> ops) {
        String m = mnemonic.text().toLowerCase(Locale.ROOT);
        if (m.equals("exit")) {
            exit(mnemonic, ops);
        } else if (m.equals("lock")) {
            atomic(mnemonic, ops);
        } else if (m.equals("call")) {
            call(mnemonic, ops);
        } else if (m.equals("lddw")) {
            lddw(mnemonic, ops);
        } else if (m.equals("ja") || m.equals("ja32")) {
            ja(mnemonic, ops, m.equals("ja32"));
        } else if (conditionalJump(m) != null) {
            conditional(mnemonic, ops, conditionalJump(m), m.endsWith("32"));
        } else if (m.startsWith("ldx") && loadSize(m) != null) {
            load(mnemonic, ops, m.startsWith("ldxs"), loadSize(m));
        } else if (m.startsWith("stx") && SIZES.containsKey(m.substring(3))) {
            storeReg(mnemonic, ops, SIZES.get(m.substring(3)));
        } else if (m.startsWith("st") && SIZES.containsKey(m.substring(2))) {
            storeImm(mnemonic, ops, SIZES.get(m.substring(2)));
        } else if (ENDIAN.matcher(m).matches()) {
            endian(mnemonic, ops, m);
        } else if (MOVSX.matcher(m).matches()) {
            movsx(mnemonic, ops, m);
        } else if (aluOp(m) != null) {
            alu(mnemonic, ops, m);
        } else {
            error(mnemonic, "unknown mnemonic '" + mnemonic.text() + "'");
            pc++;
        }
    }

    private void exit(Token mnemonic, List<Token> ops) {
        if (arity(mnemonic, ops, 0, "no operands")) {
            if (firstExitPc < 0) {
                firstExitPc = pc;
            }
            emit(Instruction.exit());
            return;
        }
        pc++;
    }

    private void alu(Token mnemonic, List<Token> ops, String m) {
        boolean is32 = m.endsWith("32");
        String base = is32 || m.endsWith("64") ? m.substring(0, m.length() - 2) : m;
        AluOp op = ALU_OPS.get(base);
        InsnClass cls = is32 ? InsnClass.ALU : InsnClass.ALU64;
        int offset = base.equals("sdiv") || base.equals("smod") ? 1 : 0;
        if (op == AluOp.NEG) {
            if (arity(mnemonic, ops, 1, "one register")) {
                Integer dst = reg(ops.get(0));
                if (dst != null) {
                    emit(new Instruction(op.opcode(cls, Source.K), dst, 0, 0, 0));
                    return;
                }
            }
            pc++;
            return;
        }
        if (arity(mnemonic, ops, 2, "a destination register and a register or immediate")) {
            Integer dst = reg(ops.get(0));
            Token srcTok = ops.get(1);
            if (srcTok.text().startsWith("%")) {
                Integer src = reg(srcTok);
                if (dst != null && src != null) {
                    emit(new Instruction(op.opcode(cls, Source.X), dst, src, offset, 0));
                    return;
                }
            } else {
                Long imm = number(srcTok, ConformanceNumbers.imm32(srcTok.text()));
                if (dst != null && imm != null) {
                    emit(new Instruction(op.opcode(cls, Source.K), dst, 0, offset, imm));
                    return;
                }
            }
        }
        pc++;
    }

    private void movsx(Token mnemonic, List<Token> ops, String m) {
        // movsx<from><to>: the offset holds the source width, the class the destination width.
        int from = Integer.parseInt(m.substring(5, m.length() - 2));
        InsnClass cls = m.endsWith("32") ? InsnClass.ALU : InsnClass.ALU64;
        if (arity(mnemonic, ops, 2, "two registers")) {
            Integer dst = reg(ops.get(0));
            Integer src = ops.get(1).text().startsWith("%") ? reg(ops.get(1)) : null;
            if (!ops.get(1).text().startsWith("%")) {
                error(ops.get(1), "movsx sign-extends a register: expected a register like %r1, got '"
                        + ops.get(1).text() + "'");
            }
            if (dst != null && src != null) {
                emit(new Instruction(AluOp.MOV.opcode(cls, Source.X), dst, src, from, 0));
                return;
            }
        }
        pc++;
    }

    private void endian(Token mnemonic, List<Token> ops, String m) {
        int bits = Integer.parseInt(m.substring(m.length() - 2));
        // le = END|TO_LE (K), be = END|TO_BE (X), bswap = ALU64 END (unconditional swap).
        int opcode = m.startsWith("le") ? AluOp.END.opcode(InsnClass.ALU, Source.K)
                : m.startsWith("be") ? AluOp.END.opcode(InsnClass.ALU, Source.X)
                : AluOp.END.opcode(InsnClass.ALU64, Source.K);
        if (arity(mnemonic, ops, 1, "one register")) {
            Integer dst = reg(ops.get(0));
            if (dst != null) {
                emit(new Instruction(opcode, dst, 0, 0, bits));
                return;
            }
        }
        pc++;
    }

    private void ja(Token mnemonic, List<Token> ops, boolean wide) {
        if (arity(mnemonic, ops, 1, "a target (label, +n or -n)")) {
            Integer off = target(ops.get(0), wide);
            if (off != null) {
                emit(wide ? Instruction.gotol(off) : Instruction.ja(off));
                return;
            }
        }
        pc++;
    }

    private void conditional(Token mnemonic, List<Token> ops, JumpOp op, boolean is32) {
        InsnClass cls = is32 ? InsnClass.JMP32 : InsnClass.JMP;
        if (arity(mnemonic, ops, 3, "a register, a register or immediate, and a target")) {
            Integer dst = reg(ops.get(0));
            Token srcTok = ops.get(1);
            boolean isReg = srcTok.text().startsWith("%");
            Integer src = isReg ? reg(srcTok) : Integer.valueOf(0);
            Long imm = isReg ? Long.valueOf(0) : number(srcTok, ConformanceNumbers.imm32(srcTok.text()));
            Integer off = target(ops.get(2), false);
            if (dst != null && src != null && imm != null && off != null) {
                emit(new Instruction(op.opcode(cls, isReg ? Source.X : Source.K), dst, src, off, imm));
                return;
            }
        }
        pc++;
    }

    private void call(Token mnemonic, List<Token> ops) {
        if (ops.isEmpty() || ops.size() > 2) {
            error(mnemonic, "'call' expects N, helper N, local LABEL, runtime N or %rN, got "
                    + ops.size() + " operands");
            pc++;
            return;
        }
        String mode = ops.size() == 2 ? ops.get(0).text() : "helper";
        Token target = ops.get(ops.size() - 1);
        switch (mode) {
            case "helper":
                if (target.text().startsWith("%")) {
                    // callx: the register goes in dst, as LLVM and bpf_conformance encode it.
                    Integer r = reg(target);
                    if (r != null) {
                        emit(new Instruction(JumpOp.CALL.opcode(InsnClass.JMP, Source.X), r, 0, 0, 0));
                        return;
                    }
                } else {
                    Long id = number(target, ConformanceNumbers.imm32(target.text()));
                    if (id != null) {
                        emit(new Instruction(0x85, 0, Pseudo.CALL_HELPER, 0, id));
                        return;
                    }
                }
                break;
            case "local":
                Integer rel = target(target, true);
                if (rel != null) {
                    emit(Instruction.callLocal(rel));
                    return;
                }
                break;
            case "runtime":
                Long id = number(target, ConformanceNumbers.imm32(target.text()));
                if (id != null) {
                    emit(new Instruction(0x85, 0, Pseudo.CALL_KFUNC, 0, id));
                    return;
                }
                break;
            default:
                error(ops.get(0), "unknown call mode '" + mode + "' (expected helper, local or runtime)");
        }
        pc++;
    }

    private void lddw(Token mnemonic, List<Token> ops) {
        if (arity(mnemonic, ops, 2, "a register and a 64-bit immediate")) {
            Integer dst = reg(ops.get(0));
            Long imm = number(ops.get(1), ConformanceNumbers.imm64(ops.get(1).text()));
            if (dst != null && imm != null) {
                emit(new Instruction(Instruction.LD_IMM64, dst, 0, 0, imm));
                return;
            }
        }
        pc += 2;
    }

    private void load(Token mnemonic, List<Token> ops, boolean signed, Size size) {
        if (arity(mnemonic, ops, 2, "a register and a memory operand [%rN+off]")) {
            Integer dst = reg(ops.get(0));
            Mem mem = mem(ops.get(1));
            if (dst != null && mem != null) {
                Mode mode = signed ? Mode.MEMSX : Mode.MEM;
                emit(new Instruction(mode.opcode(InsnClass.LDX, size), dst, mem.reg(), mem.offset(), 0));
                return;
            }
        }
        pc++;
    }

    private void storeReg(Token mnemonic, List<Token> ops, Size size) {
        if (arity(mnemonic, ops, 2, "a memory operand [%rN+off] and a register")) {
            Mem mem = mem(ops.get(0));
            Integer src = reg(ops.get(1));
            if (mem != null && src != null) {
                emit(new Instruction(Mode.MEM.opcode(InsnClass.STX, size), mem.reg(), src, mem.offset(), 0));
                return;
            }
        }
        pc++;
    }

    private void storeImm(Token mnemonic, List<Token> ops, Size size) {
        if (arity(mnemonic, ops, 2, "a memory operand [%rN+off] and an immediate")) {
            Mem mem = mem(ops.get(0));
            Long imm = number(ops.get(1), ConformanceNumbers.imm32(ops.get(1).text()));
            if (mem != null && imm != null) {
                emit(new Instruction(Mode.MEM.opcode(InsnClass.ST, size), mem.reg(), 0, mem.offset(), imm));
                return;
            }
        }
        pc++;
    }

    private void atomic(Token lock, List<Token> ops) {
        // lock [fetch] OP[32] [%rD+off], %rS
        boolean fetch = !ops.isEmpty() && ops.get(0).text().equals("fetch");
        List<Token> rest = fetch ? ops.subList(1, ops.size()) : ops;
        if (rest.size() != 3) {
            error(lock, "'lock' expects [fetch] OP[32] [%rD+off], %rS where OP is add, and, or, xor, xchg or cmpxchg");
            pc++;
            return;
        }
        Token opTok = rest.get(0);
        String word = opTok.text().toLowerCase(Locale.ROOT);
        boolean is32 = word.endsWith("32");
        AtomicOp op = ATOMIC_OPS.get(is32 || word.endsWith("64") ? word.substring(0, word.length() - 2) : word);
        if (op == null) {
            error(opTok, "unknown atomic operation '" + opTok.text() + "' (expected add, and, or, xor, xchg or cmpxchg)");
        }
        Mem mem = mem(rest.get(1));
        Integer src = reg(rest.get(2));
        if (op != null && mem != null && src != null) {
            Size size = is32 ? Size.W : Size.DW;
            emit(new Instruction(Mode.ATOMIC.opcode(InsnClass.STX, size), mem.reg(), src, mem.offset(), op.imm(fetch)));
            return;
        }
        pc++;
    }

    // ---- operands -----------------------------------------------------------------------------

    private boolean arity(Token mnemonic, List<Token> ops, int n, String what) {
        if (ops.size() == n) {
            return true;
        }
        error(mnemonic, "'" + mnemonic.text() + "' expects " + what + " (" + n + " operand" + (n == 1 ? "" : "s")
                + "), got " + ops.size());
        return false;
    }

    /** A register %r0..%r10; %r11..%r15 are accepted (as upstream) so that invalid programs can be written. */
    private Integer reg(Token t) {
        Integer n = registerNumber(t.text());
        if (n == null) {
            String hint = t.text().matches("[rw][0-9]+") ? " (write %" + t.text().replace('w', 'r') + ")" : "";
            error(t, "expected a register %r0..%r10, got '" + t.text() + "'" + hint);
        }
        return n;
    }

    private static Integer registerNumber(String text) {
        if (!REGISTER.matcher(text).matches()) {
            return null;
        }
        int n = Integer.parseInt(text.substring(2));
        return n <= 15 && !(text.length() == 4 && text.charAt(2) == '0') ? Integer.valueOf(n) : null;
    }

    private Mem mem(Token t) {
        String s = t.text();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            error(t, "expected a memory operand like [%r1+8], got '" + s + "'");
            return null;
        }
        String inner = s.substring(1, s.length() - 1);
        int sign = Math.max(inner.indexOf('+'), inner.indexOf('-'));
        String regText = sign < 0 ? inner : inner.substring(0, sign);
        Integer r = registerNumber(regText);
        if (r == null) {
            error(t, "expected a register %r0..%r10 inside '" + s + "', got '" + regText + "'");
        }
        int off = 0;
        if (sign >= 0) {
            Parsed p = ConformanceNumbers.offset16(inner.substring(sign));
            if (!p.ok()) {
                error(t, p.error());
                return null;
            }
            off = (int) p.value();
        }
        return r == null ? null : new Mem(r, off);
    }

    private Long number(Token t, Parsed p) {
        if (!p.ok()) {
            error(t, p.error());
            return null;
        }
        return p.value();
    }

    /** A jump target: {@code +n}/{@code -n} now, or a label patched later (returns 0 until then). */
    private Integer target(Token t, boolean inImm) {
        String s = t.text();
        if (s.startsWith("+") || s.startsWith("-")) {
            Parsed p = inImm ? ConformanceNumbers.offset32(s) : ConformanceNumbers.offset16(s);
            return number(t, p) == null ? null : Integer.valueOf((int) p.value());
        }
        if (!LABEL.matcher(s).matches()) {
            error(t, "expected a jump target (a label, +n or -n), got '" + s + "'");
            return null;
        }
        fixups.add(new Fixup(insns.size(), pc, line, t, inImm));
        return 0;
    }

    private void resolveFixups() {
        for (Fixup f : fixups) {
            line = f.line();
            String name = f.label().text();
            Integer at = labelPc.get(name);
            if (at == null && name.equals("exit") && firstExitPc >= 0) {
                at = firstExitPc;
            }
            if (at == null) {
                error(f.label(), "unknown label '" + name + "'");
                continue;
            }
            long rel = (long) at - f.pc() - 1;
            if (!f.inImm() && (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE)) {
                error(f.label(), "label '" + name + "' is " + rel + " slots away, too far for a 16-bit jump offset");
                continue;
            }
            if (f.index() < insns.size()) {
                Instruction insn = insns.get(f.index());
                insns.set(f.index(), f.inImm() ? insn.withImm(rel) : insn.withOffset((int) rel));
            }
        }
    }

    private void emit(Instruction insn) {
        insns.add(insn);
        lines.add(line);
        pc += insn.width();
    }

    private void error(Token at, String message) {
        errors.add(new AsmError(line, at.column(), message));
    }

    // ---- tables ---------------------------------------------------------------------------------

    private static AluOp aluOp(String m) {
        String base = m.endsWith("32") || m.endsWith("64") ? m.substring(0, m.length() - 2) : m;
        return ALU_OPS.get(base);
    }

    private static JumpOp conditionalJump(String m) {
        return JUMP_OPS.get(m.endsWith("32") ? m.substring(0, m.length() - 2) : m);
    }

    /** The size of ldx{b,h,w,dw} and ldxs{b,h,w}; null for anything else (there is no ldxsdw). */
    private static Size loadSize(String m) {
        Size size = m.startsWith("ldxs") ? SIZES.get(m.substring(4)) : SIZES.get(m.substring(3));
        return size == Size.DW && m.startsWith("ldxs") ? null : size;
    }

    private static Map<String, AluOp> aluOps() {
        Map<String, AluOp> map = new HashMap<>();
        for (AluOp op : AluOp.values()) {
            if (op != AluOp.END) {
                map.put(op.name().toLowerCase(Locale.ROOT), op);
            }
        }
        map.put("sdiv", AluOp.DIV);
        map.put("smod", AluOp.MOD);
        return Map.copyOf(map);
    }

    private static Map<String, JumpOp> jumpOps() {
        Map<String, JumpOp> map = new HashMap<>();
        for (JumpOp op : JumpOp.values()) {
            if (op.isConditional()) {
                map.put(op.name().toLowerCase(Locale.ROOT), op);
            }
        }
        return Map.copyOf(map);
    }
}
