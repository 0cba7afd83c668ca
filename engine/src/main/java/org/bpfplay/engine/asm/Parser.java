package org.bpfplay.engine.asm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bpfplay.engine.asm.Cursor.Access;
import org.bpfplay.engine.asm.Cursor.Address;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Register;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.isa.Source;

/**
 * Recursive-descent parser for LLVM BPF assembly, one method per syntax rule. It reads the
 * token stream statement by statement (a statement ends at a newline or {@code ;}); a statement
 * that does not parse yields one {@link AsmError} and parsing resumes at the next statement, so
 * one pass reports every error. Names (labels, maps, helpers) are left as {@link Fixup}s for
 * {@link Resolver}.
 *
 * <p>Statement shapes, as llvm-mc-19 accepts them:
 * <pre>
 *   statement   := (label ':')* (directive | instruction)?
 *   instruction := 'exit' | 'call' target | 'callx' reg | ('goto'|'gotol'|'may_goto') target
 *                | 'if' reg cmp (reg|imm) 'goto' target
 *                | 'lock' '*' access address op= reg
 *                | '*' access address '=' (reg|imm)
 *                | 'ld_pseudo' reg ',' num ',' num
 *                | reg op= (reg|imm) | reg '=' assignment
 * </pre>
 */
final class Parser {
    /** A compound ALU operator: the operation and the offset field (1 for signed div/mod). */
    private record AluForm(AluOp op, int offset) {
    }

    private static final Map<String, AluForm> ALU_OPERATORS = new LinkedHashMap<>();
    private static final Map<String, JumpOp> COMPARISONS = new LinkedHashMap<>();
    private static final Map<String, AtomicOp> LOCK_OPERATORS = new LinkedHashMap<>();

    static {
        for (AluOp op : AluOp.values()) {
            if (op.operator != null && op.operator.length() > 1 && op.operator.endsWith("=")) {
                ALU_OPERATORS.put(op.operator, new AluForm(op, 0));
            }
        }
        ALU_OPERATORS.put("s/=", new AluForm(AluOp.DIV, 1));
        ALU_OPERATORS.put("s%=", new AluForm(AluOp.MOD, 1));
        for (JumpOp op : JumpOp.values()) {
            if (op.isConditional()) {
                COMPARISONS.put(op.operator, op);
            }
        }
        for (AtomicOp op : AtomicOp.values()) {
            if (op.isArithmetic()) {
                LOCK_OPERATORS.put(op.operator, op);
            }
        }
    }

    private final List<Token> tokens;
    private final String[] lines;
    private final List<PendingInsn> insns = new ArrayList<>();
    private final Map<String, ParsedSource.LabelDef> labels = new LinkedHashMap<>();
    private final Map<Long, List<Integer>> numericLabels = new LinkedHashMap<>();
    private final List<ParsedSource.MapDecl> maps = new ArrayList<>();
    private final List<AsmError> errors = new ArrayList<>();
    /** Names defined in data sections (like a clang map definition), by name: their section. */
    private final Map<String, String> dataLabels = new LinkedHashMap<>();
    private Directives.Section section = Directives.Section.TEXT;
    private Cursor c;
    private int line;

    private Parser(String source) {
        this.tokens = Lexer.tokenize(source);
        this.lines = (source == null ? "" : source).split("\n", -1);
    }

    static ParsedSource parse(String source) {
        Parser p = new Parser(source);
        p.statements();
        return new ParsedSource(p.insns, p.labels, p.numericLabels, p.dataLabels, p.maps, p.errors);
    }

    private void statements() {
        List<Token> statement = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() != TokenKind.END) {
                statement.add(t);
                continue;
            }
            if (!statement.isEmpty()) {
                c = new Cursor(statement, t);
                line = statement.get(0).line();
                try {
                    statement();
                } catch (SyntaxError e) {
                    report(e, statement);
                }
                statement = new ArrayList<>();
            }
        }
    }

    private void report(SyntaxError e, List<Token> statement) {
        String message = e.getMessage();
        if (e.unknownShape) {
            message = "unknown instruction '" + sourceText(statement) + "': " + message;
        }
        errors.add(new AsmError(e.at.line(), e.at.column(), message));
    }

    /** The statement as written, for messages. */
    private String sourceText(List<Token> statement) {
        Token first = statement.get(0);
        Token last = statement.get(statement.size() - 1);
        if (first.line() == last.line() && first.line() <= lines.length) {
            String text = lines[first.line() - 1];
            int from = Math.min(first.column() - 1, text.length());
            int to = Math.min(last.column() - 1 + last.text().length(), text.length());
            if (from <= to) {
                return text.substring(from, to);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : statement) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        return sb.toString();
    }

    private void emit(Instruction insn) {
        insns.add(new PendingInsn(insn, line, null));
    }

    private void emit(Instruction insn, Fixup fixup) {
        insns.add(new PendingInsn(insn, line, fixup));
    }

    // ---- statements ----------------------------------------------------------------------

    private void statement() {
        labels();
        if (c.atEnd()) {
            return;
        }
        Token first = c.peek();
        if (first.kind() == TokenKind.IDENT && first.text().startsWith(".") && first.text().length() > 1) {
            section = Directives.directive(c, section, maps);
            return;
        }
        if (!section.code()) {
            throw Cursor.error(first, "an instruction in data section '" + section.name() + "': put code in"
                    + " .text or a section with \"ax\" flags");
        }
        Token bad = c.firstBad();
        if (bad != null) {
            throw Cursor.error(bad, bad.problem());
        }
        instruction();
        c.expectEnd();
    }

    /** {@code name:} definitions at the start of a statement. */
    private void labels() {
        while (c.peek(1).is(":")) {
            Token name = c.peek();
            if (name.kind() == TokenKind.NUMBER && name.text().length() <= 18
                    && name.text().chars().allMatch(Character::isDigit)) {
                // A numeric local label (1:), which may repeat; 1b and 1f refer to the nearest.
                numericLabels.computeIfAbsent(Long.parseLong(name.text()), k -> new ArrayList<>()).add(insns.size());
                c.next();
                c.next();
                continue;
            }
            if (name.kind() != TokenKind.IDENT) {
                throw Cursor.error(name, "a label must start with a letter, '_' or '.', not " + name.describe());
            }
            if (!section.code()) {
                dataLabels.putIfAbsent(name.text(), section.name());
                c.next();
                c.next();
                continue;
            }
            // Bad label names are reported without abandoning the statement, so that the
            // instruction after them still counts and later jump distances stay right.
            ParsedSource.LabelDef old = labels.get(name.text());
            if (Cursor.looksLikeRegister(name)) {
                errors.add(new AsmError(name.line(), name.column(),
                        "'" + name.text() + "' is a register name and cannot be a label"));
            } else if (old != null) {
                errors.add(new AsmError(name.line(), name.column(),
                        "label '" + name.text() + "' is already defined at line " + old.at().line()));
            } else {
                labels.put(name.text(), new ParsedSource.LabelDef(name.text(), insns.size(), name));
            }
            c.next();
            c.next();
        }
    }

    private void instruction() {
        Token first = c.peek();
        if (c.atRegister()) {
            registerStatement();
        } else if (c.match("exit")) {
            emit(Instruction.exit());
        } else if (c.match("call")) {
            call();
        } else if (c.match("callx")) {
            Reg r = c.register64("the register holding the call target");
            emit(new Instruction(JumpOp.CALL.opcode(InsnClass.JMP, Source.X), r.number(), 0, 0, 0));
        } else if (c.match("goto")) {
            jumpAlways(0x05, "goto");
        } else if (c.match("gotol")) {
            gotoLong();
        } else if (c.match("may_goto")) {
            jumpAlways(JumpOp.JCOND.opcode(InsnClass.JMP, Source.K), "may_goto");
        } else if (c.match("if")) {
            conditionalJump();
        } else if (c.match("lock")) {
            lockedUpdate();
        } else if (c.peek().is("*")) {
            store();
        } else if (c.match("ld_pseudo")) {
            ldPseudo();
        } else if (c.match("store_release")) {
            storeRelease();
        } else {
            throw Cursor.shape(first, "no instruction starts with " + first.describe() + " (instructions look like"
                    + " 'r0 = 1', 'r1 += r2', 'if r1 > 2 goto L', 'call 1', 'exit')");
        }
    }

    // ---- control flow --------------------------------------------------------------------

    /** {@code call 12}, {@code call bpf_map_lookup_elem}, {@code call my_function}, {@code call pc+3}. */
    private void call() {
        if (c.matchPcRelative()) {
            emit(Instruction.callLocal(c.imm32("call offset", "")));
            return;
        }
        Token name = c.labelTarget();
        if (name != null) {
            emit(Instruction.callHelper(0), new Fixup(FixupKind.CALL, name.text(), name, "call"));
            return;
        }
        emit(Instruction.callHelper(c.imm32("call target", "")));
    }

    /** {@code goto}/{@code may_goto} with a 16-bit offset: a label or {@code +N}. */
    private void jumpAlways(int opcode, String form) {
        Token label = c.labelTarget();
        if (label != null) {
            emit(new Instruction(opcode, 0, 0, 0, 0), new Fixup(FixupKind.JUMP, label.text(), label, form));
        } else {
            emit(new Instruction(opcode, 0, 0, c.relativeTarget(16, form), 0));
        }
    }

    /** {@code gotol}: the offset lives in the 32-bit imm. */
    private void gotoLong() {
        Token label = c.labelTarget();
        if (label != null) {
            emit(Instruction.gotol(0), new Fixup(FixupKind.JUMP_LONG, label.text(), label, "gotol"));
        } else {
            emit(Instruction.gotol(c.relativeTarget(32, "gotol")));
        }
    }

    /** {@code if r1 > r2 goto L}, {@code if w1 s< 5 goto -2}. */
    private void conditionalJump() {
        Reg dst = c.register("a register to compare");
        Token opTok = c.next();
        JumpOp op = opTok.kind() == TokenKind.PUNCT ? COMPARISONS.get(opTok.text()) : null;
        if (op == null) {
            throw Cursor.shape(opTok, "expected a comparison (== != > >= < <= s> s>= s< s<= &) but found "
                    + opTok.describe());
        }
        InsnClass cls = dst.alu32() ? InsnClass.JMP32 : InsnClass.JMP;
        Instruction insn;
        if (c.atRegister()) {
            Reg src = c.registerLike(dst, "a register or a number to compare with");
            insn = new Instruction(op.opcode(cls, Source.X), dst.number(), src.number(), 0, 0);
        } else {
            insn = new Instruction(op.opcode(cls, Source.K), dst.number(), 0, 0,
                    c.imm32("comparison value", ""));
        }
        c.expect("goto");
        String form = "if " + dst.name() + " " + op.operator + " ... goto";
        Token label = c.labelTarget();
        if (label != null) {
            emit(insn, new Fixup(FixupKind.JUMP, label.text(), label, form));
        } else {
            emit(insn.withOffset(c.relativeTarget(16, form)));
        }
    }

    // ---- register statements -------------------------------------------------------------

    /** Statements that start with a register: {@code r1 op= x} or {@code r1 = ...}. */
    private void registerStatement() {
        Reg dst = c.register("a register");
        Token opTok = c.peek();
        if (opTok.is("=")) {
            c.next();
            assignment(dst);
            return;
        }
        AluForm form = opTok.kind() == TokenKind.PUNCT ? ALU_OPERATORS.get(opTok.text()) : null;
        if (form == null) {
            throw Cursor.shape(opTok, "expected '=' or an operator like += after " + dst.name()
                    + " but found " + opTok.describe());
        }
        c.next();
        alu(dst, form.op(), form.offset());
    }

    /** {@code dst op= src} or {@code dst op= imm}; also MOV. */
    private void alu(Reg dst, AluOp op, int offset) {
        InsnClass cls = dst.alu32() ? InsnClass.ALU : InsnClass.ALU64;
        if (c.atRegister()) {
            Reg src = c.registerLike(dst, "a register or a number");
            emit(new Instruction(op.opcode(cls, Source.X), dst.number(), src.number(), offset, 0));
            return;
        }
        if (!c.atNumber()) {
            Token t = c.peek();
            if (t.kind() == TokenKind.BAD) {
                throw Cursor.error(t, t.problem());
            }
            throw Cursor.shape(t, "expected a register or a number after '" + op.operator + "' but found "
                    + t.describe());
        }
        String hint = op == AluOp.MOV && !dst.alu32() ? "; for a 64-bit constant write '" + dst.name() + " = VALUE ll'" : "";
        emit(new Instruction(op.opcode(cls, Source.K), dst.number(), 0, offset, c.imm32("immediate", hint)));
    }

    /** Everything of the form {@code dst = ...}. */
    private void assignment(Reg dst) {
        Token t = c.peek();
        if (t.is("-") && Cursor.looksLikeRegister(c.peek(1))) {
            c.next();
            Reg src = c.registerLike(dst, "a register");
            requireSame(dst, src, "negation", dst.name() + " = -" + dst.name());
            InsnClass cls = dst.alu32() ? InsnClass.ALU : InsnClass.ALU64;
            emit(new Instruction(AluOp.NEG.opcode(cls, Source.K), dst.number(), 0, 0, 0));
        } else if (t.is("(")) {
            signExtendingMove(dst);
        } else if (t.is("*")) {
            load(dst);
        } else if (c.atNumber()) {
            if (c.endsWithWord("ll")) {
                loadImm64(dst);
            } else {
                alu(dst, AluOp.MOV, 0);
            }
        } else if (c.atRegister()) {
            Token op = c.peek(1);
            if (op.kind() == TokenKind.PUNCT && ALU_OPERATORS.containsKey(op.text() + "=")) {
                // r0 = r1 + 1: a beginner's three-operand form; BPF does one operation per instruction.
                throw Cursor.error(op, "one operation per instruction: write '" + dst.name() + " = " + t.text()
                        + "' and then '" + dst.name() + " " + op.text() + "= ...'");
            }
            alu(dst, AluOp.MOV, 0);
        } else if (t.kind() == TokenKind.IDENT) {
            namedAssignment(dst, t);
        } else if (t.kind() == TokenKind.BAD) {
            throw Cursor.error(t, t.problem());
        } else {
            throw Cursor.shape(t, "expected a register, a number or a load after '=' but found " + t.describe());
        }
    }

    /** {@code dst = NAME ...}: byte swaps, atomics, address-space casts, or {@code NAME ll}. */
    private void namedAssignment(Reg dst, Token name) {
        String word = name.text().toLowerCase(Locale.ROOT);
        Endian endian = Endian.byName(word);
        if (endian != null) {
            c.next();
            byteSwap(dst, endian);
        } else if (word.startsWith("atomic_fetch_")) {
            c.next();
            MemoryForms.atomicFetch(c, dst, word, name, this::emit);
        } else if (word.equals("xchg_64") || word.equals("xchg32_32")) {
            c.next();
            MemoryForms.exchange(c, dst, word.equals("xchg32_32"), this::emit);
        } else if (word.equals("cmpxchg_64") || word.equals("cmpxchg32_32")) {
            c.next();
            MemoryForms.compareExchange(c, dst, word.equals("cmpxchg32_32"), this::emit);
        } else if (word.equals("load_acquire")) {
            c.next();
            MemoryForms.loadAcquire(c, dst, this::emit);
        } else if (word.equals("addr_space_cast")) {
            c.next();
            addrSpaceCast(dst);
        } else {
            c.next();
            String glued = word.replaceFirst("^((?:be|le|bswap)(?:16|32|64))([rw][0-9]+)$", "$1 $2");
            if (!glued.equals(word)) {
                throw Cursor.shape(name, "put a space before the register: " + dst.name() + " = " + glued);
            }
            if (!c.match("ll")) {
                throw Cursor.shape(c.peek(), "a name after '=' needs the ll suffix: " + dst.name() + " = "
                        + name.text() + " ll");
            }
            if (dst.alu32()) {
                throw Cursor.error(dst.at(), "a 64-bit load (ll) needs a 64-bit register: write r" + dst.number());
            }
            emit(Instruction.loadImm64(Register.of(dst.number()), 0),
                    new Fixup(FixupKind.LOAD_ADDRESS, name.text(), name, dst.name() + " = " + name.text() + " ll"));
        }
    }

    private static void requireSame(Reg dst, Reg src, String what, String example) {
        if (dst.number() != src.number()) {
            throw Cursor.error(src.at(), what + " works in place, on one register: write " + example);
        }
    }

    /** {@code r1 = (s8)r2}, {@code w1 = (s16)w2} (MOVSX, offset = source bits). */
    private void signExtendingMove(Reg dst) {
        c.expect("(");
        Token type = c.next();
        String word = type.text().toLowerCase(Locale.ROOT);
        int bits = word.equals("s8") ? 8 : word.equals("s16") ? 16 : word.equals("s32") ? 32 : 0;
        if (bits == 0 || type.kind() != TokenKind.IDENT) {
            throw Cursor.shape(type, "expected s8, s16 or s32 in a sign-extending move but found " + type.describe());
        }
        c.expect(")");
        Reg src = c.registerLike(dst, "a register");
        if (dst.alu32() && bits == 32) {
            throw Cursor.error(type, "w registers sign-extend only from s8 or s16; (s32) needs r registers");
        }
        InsnClass cls = dst.alu32() ? InsnClass.ALU : InsnClass.ALU64;
        emit(new Instruction(AluOp.MOV.opcode(cls, Source.X), dst.number(), src.number(), bits, 0));
    }

    /** {@code r1 = 0x1234 ll}: LD_IMM64 with a constant. */
    private void loadImm64(Reg dst) {
        if (dst.alu32()) {
            throw Cursor.error(dst.at(), "a 64-bit constant (ll) needs a 64-bit register: write r" + dst.number());
        }
        long value = c.number("a 64-bit constant").value();
        c.expect("ll");
        emit(Instruction.loadImm64(Register.of(dst.number()), value));
    }

    /** {@code ld_pseudo r1, SRC, IMM}: LD_IMM64 with an explicit pseudo source. */
    private void ldPseudo() {
        Reg dst = c.register64("the destination register");
        c.expect(",");
        int src = (int) c.unsigned("pseudo source", 15);
        c.expect(",");
        // llvm-mc fills only the first slot's imm; the second slot stays zero.
        long imm = c.imm32("immediate", "") & 0xffffffffL;
        emit(new Instruction(Instruction.LD_IMM64, dst.number(), src, 0, imm));
    }

    /** Byte-swap forms: {@code r1 = be16 r1}, {@code r1 = le32 r1}, {@code r1 = bswap64 r1}. */
    private void byteSwap(Reg dst, Endian e) {
        Reg src = c.registerLike(dst, "a register");
        if (dst.alu32()) {
            throw Cursor.error(dst.at(), "byte swaps work on 64-bit registers: write r" + dst.number());
        }
        requireSame(dst, src, "a byte swap", dst.name() + " = " + e.name().toLowerCase(Locale.ROOT) + " " + dst.name());
        emit(new Instruction(e.opcode, dst.number(), 0, 0, e.bits));
    }

    /** {@code r1 = addr_space_cast(r2, DST_AS, SRC_AS)}: MOV with offset 1. */
    private void addrSpaceCast(Reg dst) {
        if (dst.alu32()) {
            throw Cursor.error(dst.at(), "addr_space_cast needs 64-bit registers: write r" + dst.number());
        }
        c.expect("(");
        Reg src = c.register64("the source register");
        c.expect(",");
        long to = c.unsigned("address space", 0xffff);
        c.expect(",");
        long from = c.unsigned("address space", 0xffff);
        c.expect(")");
        emit(new Instruction(AluOp.MOV.opcode(InsnClass.ALU64, Source.X), dst.number(), src.number(), 1,
                (int) ((to << 16) | from)));
    }

    // ---- memory --------------------------------------------------------------------------

    /** {@code dst = *(u32 *)(r2 + 4)}, {@code r1 = *(s8 *)(r2 - 1)}, or legacy {@code skb[...]}. */
    private void load(Reg dst) {
        c.expect("*");
        Access access = c.access();
        if (c.peek().isWord("skb")) {
            MemoryForms.packetLoad(c, dst, access, this::emit);
            return;
        }
        Address a = c.address();
        if (dst.alu32() && (access.signed() || access.size() == Size.DW)) {
            throw Cursor.error(access.at(), "a w register takes only u8, u16 or u32 loads; use r"
                    + dst.number() + " for " + access.name());
        }
        Mode mode = access.signed() ? Mode.MEMSX : Mode.MEM;
        if (access.signed() && access.size() == Size.DW) {
            throw Cursor.error(access.at(), "there is no s64 load: a 64-bit load is u64");
        }
        emit(new Instruction(mode.opcode(InsnClass.LDX, access.size()), dst.number(), a.base().number(),
                a.offset(), 0));
    }

    /** {@code *(u64 *)(r10 - 8) = r1} or {@code = 5}. */
    private void store() {
        c.expect("*");
        Access access = c.access();
        if (access.signed()) {
            throw Cursor.error(access.at(), "stores are unsigned: write u" + access.size().bits());
        }
        Address a = c.address();
        c.expect("=");
        if (c.atRegister()) {
            Reg src = c.register("a register or a number to store");
            if (src.alu32() && access.size() == Size.DW) {
                throw Cursor.error(src.at(), "a u64 store needs a 64-bit register: write r" + src.number());
            }
            emit(new Instruction(Mode.MEM.opcode(InsnClass.STX, access.size()), a.base().number(), src.number(),
                    a.offset(), 0));
        } else {
            int imm = c.imm32("stored value", "");
            emit(new Instruction(Mode.MEM.opcode(InsnClass.ST, access.size()), a.base().number(), 0, a.offset(), imm));
        }
    }

    /** {@code lock *(u64 *)(r10 - 8) += r1} and |= &= ^=. */
    private void lockedUpdate() {
        c.expect("*");
        Access access = MemoryForms.atomicAccess(c);
        Address a = c.address();
        Token opTok = c.next();
        AtomicOp op = LOCK_OPERATORS.get(opTok.text());
        if (op == null || opTok.kind() != TokenKind.PUNCT) {
            throw Cursor.shape(opTok, "expected += |= &= or ^= after lock *(...) but found " + opTok.describe());
        }
        Reg src = c.register("a register");
        MemoryForms.checkWidth(access, src);
        if (access.size() == Size.W && !src.alu32() && op != AtomicOp.ADD) {
            // Only the legacy xadd form takes an r register on a u32; llvm-mc refuses the others.
            throw Cursor.error(src.at(), "a u32 atomic uses w registers: write w" + src.number());
        }
        emit(Instruction.atomic(op, false, access.size(), Register.of(a.base().number()),
                a.offset(), Register.of(src.number())));
    }

    /** {@code store_release((u64 *)(r1 + 0), r2)} (LLVM 20 syntax; llvm-mc-19 lacks it). */
    private void storeRelease() {
        MemoryForms.storeRelease(c, this::emit);
    }
}
