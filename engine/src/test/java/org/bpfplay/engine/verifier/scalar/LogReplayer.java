/*
 * Replays a recorded kernel verifier log (level 2) of a scalar-only program with the Java scalar
 * domain. It reads each instruction from the kernel's own disassembly, applies the transfer
 * function, follows branches as our branch logic predicts (checking the kernel went the same
 * way), keeps pushed branch states on a stack like the kernel, and compares every register the
 * kernel printed with our printing of the same register. Scalar ids are tracked the kernel's way
 * (mov links, rX += const offsets, linked-register sync after a branch). The precision mark "P"
 * is not modelled here: it is stripped from both sides and counted.
 */
package org.bpfplay.engine.verifier.scalar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.JumpOp;

final class LogReplayer {

    /** A register: a scalar (with link id) or an opaque non-scalar copied from the log. */
    record Reg(Scalar value, String opaque, int id, boolean addConst, int off) {
        static Reg scalar(Scalar s) {
            return new Reg(s, null, 0, false, 0);
        }

        String print() {
            return opaque != null ? opaque : ScalarPrinter.print(value, id, off, addConst, false);
        }

        Reg withValue(Scalar s) {
            return new Reg(s, null, id, addConst, off);
        }

        Reg noId() {
            return new Reg(value, opaque, 0, false, 0);
        }
    }

    record Mismatch(int line, String reg, String kernel, String ours) {
        @Override
        public String toString() {
            return "log line " + line + " " + reg + ": kernel " + kernel + " / ours " + ours;
        }
    }

    private record Pending(int from, int to, Map<Integer, Reg> regs) {
    }

    final List<Mismatch> mismatches = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int matched;
    int precisionStripped;

    private Map<Integer, Reg> regs = new TreeMap<>();
    private final Deque<Pending> stack = new ArrayDeque<>();
    private int idGen;
    private int pc = -1;
    private int lineNo;

    /** "Live regs before insn" rows: which of r0..r9 are live before each instruction. */
    private final Map<Integer, String> liveBefore = new TreeMap<>();
    private static final Pattern LIVE_ROW = Pattern.compile("^\\s+(?:\\d+\\s+)?(\\d+): ([0-9.]{10}) .*$");

    private static final Pattern INSN = Pattern.compile("^(\\d+): \\(([0-9a-f]{2})\\) (.+?)(?:\\s+;(.*))?$");
    private static final Pattern STATE = Pattern.compile("^(\\d+):( .*)$");
    private static final Pattern FROM = Pattern.compile("^from (\\d+) to (\\d+): (.*)$");
    private static final Pattern SAFE = Pattern.compile("^(\\d+): safe$");
    private static final Pattern REG_TOKEN = Pattern.compile("(?:^| )(R\\d+|fp-?\\d+)=");

    void replay(List<String> lines) {
        boolean started = false;
        for (String raw : lines) {
            lineNo++;
            String line = raw.stripTrailing();
            Matcher live = LIVE_ROW.matcher(line);
            if (!started && live.matches()) {
                liveBefore.put(Integer.parseInt(live.group(1)), live.group(2));
                continue;
            }
            if (!started) {
                Matcher m = STATE.matcher(line);
                if (m.matches() && m.group(1).equals("0") && line.contains("R10=")) {
                    started = true;
                    pc = 0;
                    for (Map.Entry<String, String> e : parseState(m.group(2)).entrySet()) {
                        regs.put(regNo(e.getKey()), new Reg(null, e.getValue(), 0, false, 0));
                    }
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("mark_precise") || line.startsWith("processed ")
                    || line.startsWith("verdict") || line.startsWith("frame ") || line.startsWith("#")) {
                continue;
            }
            Matcher m;
            if ((m = FROM.matcher(line)).matches()) {
                pop(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (!m.group(3).equals("safe")) {
                    compare(" " + m.group(3));
                }
            } else if ((m = SAFE.matcher(line)).matches()) {
                pc = -1; // path pruned here
            } else if ((m = INSN.matcher(line)).matches()) {
                int idx = Integer.parseInt(m.group(1));
                if (idx != pc) {
                    problems.add("line " + lineNo + ": kernel at insn " + idx + ", we are at " + pc);
                    return;
                }
                try {
                    step(m.group(3));
                } catch (NullPointerException e) {
                    problems.add("line " + lineNo + ": reads a register we do not have: " + m.group(3));
                    return;
                }
                if (m.group(4) != null) {
                    compare(m.group(4));
                }
            } else if ((m = STATE.matcher(line)).matches()) {
                compare(m.group(2));
            }
        }
    }

    private void pop(int from, int to) {
        if (stack.isEmpty()) {
            problems.add("line " + lineNo + ": kernel pops " + from + "->" + to + " but our stack is empty");
            return;
        }
        Pending p = stack.pop();
        if (p.from != from || p.to != to) {
            problems.add("line " + lineNo + ": kernel pops " + from + "->" + to + ", ours " + p.from + "->" + p.to);
        }
        regs = p.regs;
        pc = p.to;
    }

    private void compare(String state) {
        for (Map.Entry<String, String> e : parseState(state).entrySet()) {
            if (!e.getKey().startsWith("R")) {
                continue;
            }
            String kernel = e.getValue();
            if (kernel.startsWith("P")) {
                kernel = kernel.substring(1);
                precisionStripped++;
            }
            Reg r = regs.get(regNo(e.getKey()));
            String ours = r == null ? "<not init>" : r.print();
            if (ours.equals(kernel)) {
                matched++;
            } else {
                mismatches.add(new Mismatch(lineNo, e.getKey(), kernel, ours));
                if (r != null && r.value != null) {
                    regs.put(regNo(e.getKey()), r); // keep ours; later lines show whether it recovers
                }
            }
        }
    }

    static Map<String, String> parseState(String s) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = REG_TOKEN.matcher(s);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(1), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] - 1 : s.length();
            out.put(names.get(i), s.substring(starts.get(i)[1], end).trim());
        }
        return out;
    }

    private static int regNo(String name) {
        return Integer.parseInt(name.substring(1));
    }

    // ---- instruction semantics (kernel disassembly syntax) ----

    private static final Pattern MOV_IMM = Pattern.compile("^([rw])(\\d+) = (-?\\d+)$");
    private static final Pattern MOV_REG = Pattern.compile("^([rw])(\\d+) = (?:\\((s8|s16|s32)\\))?[rw](\\d+)$");
    private static final Pattern ALU = Pattern.compile("^([rw])(\\d+) (s?[-+*/%|&^]|<<|>>|s>>)= (?:[rw](\\d+)|(-?\\d+))$");
    private static final Pattern NEG = Pattern.compile("^([rw])(\\d+) = -[rw]\\d+$");
    private static final Pattern END = Pattern.compile("^r(\\d+) = (be|le|bswap)(16|32|64) r\\d+$");
    private static final Pattern LDX = Pattern.compile("^r(\\d+) = \\*\\(([us])(8|16|32|64) \\*\\)\\(r(\\d+) [-+]\\d+\\)$");
    private static final Pattern JCOND = Pattern.compile(
            "^if ([rw])(\\d+) (==|!=|>|>=|<|<=|s>|s>=|s<|s<=|&) (?:[rw](\\d+)|0x([0-9a-f]+)) goto pc([-+]\\d+)$");
    private static final Pattern GOTO = Pattern.compile("^goto pc([-+]\\d+)$");

    private void step(String insn) {
        int next = pc + 1;
        Matcher m;
        if (insn.startsWith("call ")) {
            regs.put(0, Reg.scalar(Scalar.unknown()));
            for (int r = 1; r <= 5; r++) {
                regs.remove(r);
            }
        } else if (insn.equals("exit")) {
            next = stack.isEmpty() ? -1 : -2;
        } else if ((m = MOV_IMM.matcher(insn)).matches()) {
            regs.put(Integer.parseInt(m.group(2)),
                    Reg.scalar(ScalarAlu.movImm(m.group(1).equals("r"), Integer.parseInt(m.group(3)))));
        } else if ((m = MOV_REG.matcher(insn)).matches()) {
            mov(m.group(1).equals("r"), m.group(3) == null ? 0 : Integer.parseInt(m.group(3).substring(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)));
        } else if ((m = NEG.matcher(insn)).matches()) {
            int d = Integer.parseInt(m.group(2));
            regs.put(d, Reg.scalar(ScalarAlu.neg(m.group(1).equals("r"), regs.get(d).value)));
        } else if ((m = END.matcher(insn)).matches()) {
            int d = Integer.parseInt(m.group(1));
            String kind = m.group(2);
            regs.put(d, Reg.scalar(ScalarAlu.endian(kind.equals("bswap"), kind.equals("be"),
                    Integer.parseInt(m.group(3)), regs.get(d).value)));
        } else if ((m = ALU.matcher(insn)).matches()) {
            alu(m);
        } else if ((m = LDX.matcher(insn)).matches()) {
            int bytes = Integer.parseInt(m.group(3)) / 8;
            Scalar v = m.group(2).equals("s") ? Scalar.unknownSignExtended(bytes) : Scalar.unknownOfSize(bytes);
            regs.put(Integer.parseInt(m.group(1)), Reg.scalar(v));
        } else if ((m = GOTO.matcher(insn)).matches()) {
            next = pc + 1 + Integer.parseInt(m.group(1));
        } else if ((m = JCOND.matcher(insn)).matches()) {
            next = jump(m);
        } else {
            problems.add("line " + lineNo + ": unsupported instruction " + insn);
            next = -1;
        }
        pc = next;
    }

    private void mov(boolean alu64, int sx, int d, int s) {
        Reg src = regs.get(s);
        if (src.value == null) {
            regs.put(d, src);
            return;
        }
        boolean link = ScalarAlu.movKeepsId(alu64, sx, src.value);
        if (link) {
            if (src.addConst) {
                src = src.noId();
            }
            if (src.id == 0 && !src.value.isConst()) {
                src = new Reg(src.value, null, ++idGen, false, 0);
            }
            regs.put(s, src);
        }
        Scalar v = ScalarAlu.mov(alu64, sx, src.value);
        regs.put(d, link ? src.withValue(v) : Reg.scalar(v));
    }

    private static final Map<String, AluOp> OPS = Map.ofEntries(
            Map.entry("+", AluOp.ADD), Map.entry("-", AluOp.SUB), Map.entry("*", AluOp.MUL),
            Map.entry("/", AluOp.DIV), Map.entry("s/", AluOp.DIV), Map.entry("%", AluOp.MOD),
            Map.entry("s%", AluOp.MOD), Map.entry("|", AluOp.OR), Map.entry("&", AluOp.AND),
            Map.entry("^", AluOp.XOR), Map.entry("<<", AluOp.LSH), Map.entry(">>", AluOp.RSH),
            Map.entry("s>>", AluOp.ARSH));

    private void alu(Matcher m) {
        boolean alu64 = m.group(1).equals("r");
        int d = Integer.parseInt(m.group(2));
        AluOp op = OPS.get(m.group(3));
        boolean regSrc = m.group(4) != null;
        Scalar src = regSrc ? regs.get(Integer.parseInt(m.group(4))).value
                : ScalarAlu.immediate(Integer.parseInt(m.group(5)));
        Reg dst = regs.get(d);
        ScalarAlu.Fork fork = ScalarAlu.forkBeforeBitOp(op, dst.value, src);
        if (fork != null) {
            Map<Integer, Reg> other = new TreeMap<>(regs);
            other.put(d, Reg.scalar(fork.zero()));
            stack.push(new Pending(pc, pc, other));
            dst = Reg.scalar(fork.minusOne());
        }
        Scalar out = ScalarAlu.binary(op, alu64, dst.value, src);
        Reg res;
        boolean sameReg = regSrc && Integer.parseInt(m.group(4)) == d;
        // 6.18 links rX += const and rX -= const, 64- and 32-bit, when the offset fits in s32
        boolean srcConst = alu64 ? src.isConst() : src.isSubregConst();
        if ((op == AluOp.ADD || op == AluOp.SUB) && dst.id != 0 && srcConst && !sameReg) {
            long val = alu64 ? src.constValue() : (int) src.varOff().value();
            if (op == AluOp.SUB) {
                val = -val;
            }
            if (dst.addConst || val != (int) val) {
                res = Reg.scalar(out);
            } else {
                res = new Reg(out, null, dst.id, true, (int) val);
            }
        } else {
            res = Reg.scalar(out);
        }
        regs.put(d, res);
    }

    private static final Map<String, JumpOp> JOPS = Map.ofEntries(
            Map.entry("==", JumpOp.JEQ), Map.entry("!=", JumpOp.JNE), Map.entry(">", JumpOp.JGT),
            Map.entry(">=", JumpOp.JGE), Map.entry("<", JumpOp.JLT), Map.entry("<=", JumpOp.JLE),
            Map.entry("s>", JumpOp.JSGT), Map.entry("s>=", JumpOp.JSGE), Map.entry("s<", JumpOp.JSLT),
            Map.entry("s<=", JumpOp.JSLE), Map.entry("&", JumpOp.JSET));

    private int jump(Matcher m) {
        boolean jmp32 = m.group(1).equals("w");
        int d = Integer.parseInt(m.group(2));
        JumpOp op = JOPS.get(m.group(3));
        boolean regSrc = m.group(4) != null;
        int s = regSrc ? Integer.parseInt(m.group(4)) : -1;
        int target = pc + 1 + Integer.parseInt(m.group(6));
        Scalar dst = regs.get(d).value;
        Scalar src = regSrc ? regs.get(s).value : ScalarAlu.immediate((int) Long.parseLong(m.group(5), 16));
        ScalarBranch.Outcome o = ScalarBranch.isTaken(op, jmp32, dst, src);
        if (o == ScalarBranch.Outcome.ALWAYS) {
            return target;
        }
        if (o == ScalarBranch.Outcome.NEVER) {
            return pc + 1;
        }
        ScalarBranch.Refined r = ScalarBranch.refine(op, jmp32, dst, src);
        Map<Integer, Reg> taken = new TreeMap<>(regs);
        taken.put(d, taken.get(d).withValue(r.takenDst()));
        regs.put(d, regs.get(d).withValue(r.fallDst()));
        if (regSrc && s != d) {
            taken.put(s, taken.get(s).withValue(r.takenSrc()));
            regs.put(s, regs.get(s).withValue(r.fallSrc()));
        }
        // 6.18 only syncs linked registers that are live at the jump
        String live = liveBefore.getOrDefault(pc, "");
        for (Map<Integer, Reg> state : List.of(regs, taken)) {
            if (regSrc) {
                syncLinked(state, s, live);
            }
            syncLinked(state, d, live);
        }
        stack.push(new Pending(pc, target, taken));
        return pc + 1;
    }

    /** Copies the refined register into every register linked to it by id (with its offset). */
    private static void syncLinked(Map<Integer, Reg> state, int known, String live) {
        Reg k = state.get(known);
        if (k.value == null || k.id == 0) {
            return;
        }
        for (Map.Entry<Integer, Reg> e : state.entrySet()) {
            Reg r = e.getValue();
            if (e.getKey() == known || r.value == null || r.id != k.id) {
                continue;
            }
            int no = e.getKey();
            if (no > 9 || no >= live.length() || live.charAt(no) == '.') {
                continue;
            }
            Scalar v;
            if ((!r.addConst && !k.addConst) || r.off == k.off) {
                v = k.value;
            } else {
                v = ScalarAlu.linkedOffset(k.value, r.off - k.off);
            }
            e.setValue(new Reg(v, null, r.id, r.addConst, r.off));
        }
    }
}
