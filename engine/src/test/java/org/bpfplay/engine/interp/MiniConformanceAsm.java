package org.bpfplay.engine.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.isa.Instruction;

/**
 * Test-only translator of the bpf_conformance assembly subset used by the suite's .data files
 * ({@code mov %r0, 1}, {@code ldxw %r0, [%r1+2]}, {@code lock fetch add32 [%r10-8], %r1}, ...),
 * so that the interpreter can be checked against the suite before the real assembler lands.
 * It trusts its input: a line it cannot read throws, which fails the test that fed it.
 */
final class MiniConformanceAsm {
    private MiniConformanceAsm() {
    }

    private record Line(String mnemonic, String[] ops, int pc) {
    }

    static List<Instruction> assemble(List<String> lines) {
        List<Line> parsed = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int pc = 0;
        for (String raw : lines) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            if (s.endsWith(":")) {
                labels.put(s.substring(0, s.length() - 1).trim(), pc);
                continue;
            }
            int sp = s.indexOf(' ');
            String mn = sp < 0 ? s : s.substring(0, sp);
            String rest = sp < 0 ? "" : s.substring(sp + 1).trim();
            if (mn.equals("lock")) {
                // "lock [fetch] op[32] [..], %r": fold the words into the mnemonic
                String[] w = rest.split("\\s+", 3);
                if (w[0].equals("fetch")) {
                    mn = "lock_fetch_" + w[1];
                    rest = w[2];
                } else {
                    mn = "lock_" + w[0];
                    rest = rest.substring(w[0].length()).trim();
                }
            } else if (mn.equals("call")) {
                String[] w = rest.split("\\s+");
                if (w.length == 2) {
                    mn = "call_" + w[0];
                    rest = w[1];
                }
            }
            String[] ops = rest.isEmpty() ? new String[0] : rest.split("\\s*,\\s*");
            parsed.add(new Line(mn, ops, pc));
            pc += mn.equals("lddw") ? 2 : 1;
        }
        if (!labels.containsKey("exit")) {
            for (Line l : parsed) {
                if (l.mnemonic.equals("exit")) {
                    labels.put("exit", l.pc);
                    break;
                }
            }
        }
        List<Instruction> out = new ArrayList<>();
        for (Line l : parsed) {
            out.add(encode(l, labels));
        }
        return out;
    }

    private static final Map<String, Integer> ALU = Map.ofEntries(Map.entry("add", 0x00), Map.entry("sub", 0x10),
            Map.entry("mul", 0x20), Map.entry("div", 0x30), Map.entry("sdiv", 0x30), Map.entry("or", 0x40),
            Map.entry("and", 0x50), Map.entry("lsh", 0x60), Map.entry("rsh", 0x70), Map.entry("neg", 0x80),
            Map.entry("mod", 0x90), Map.entry("smod", 0x90), Map.entry("xor", 0xa0), Map.entry("mov", 0xb0),
            Map.entry("arsh", 0xc0));
    private static final Map<String, Integer> JMP = Map.ofEntries(Map.entry("jeq", 0x10), Map.entry("jgt", 0x20),
            Map.entry("jge", 0x30), Map.entry("jset", 0x40), Map.entry("jne", 0x50), Map.entry("jsgt", 0x60),
            Map.entry("jsge", 0x70), Map.entry("jlt", 0xa0), Map.entry("jle", 0xb0), Map.entry("jslt", 0xc0),
            Map.entry("jsle", 0xd0));
    private static final Map<String, Integer> SIZE = Map.of("w", 0x00, "h", 0x08, "b", 0x10, "dw", 0x18);
    private static final Map<String, Integer> ATOMIC = Map.of("add", 0x00, "or", 0x40, "and", 0x50, "xor", 0xa0,
            "xchg", 0xe1, "cmpxchg", 0xf1);

    private static Instruction encode(Line l, Map<String, Integer> labels) {
        String mn = l.mnemonic;
        String[] o = l.ops;
        boolean is32 = mn.endsWith("32");
        String base = is32 ? mn.substring(0, mn.length() - 2) : mn.endsWith("64") ? mn.substring(0, mn.length() - 2) : mn;
        if (mn.startsWith("movsx")) {
            int from = Integer.parseInt(mn.substring(5, mn.length() - 2));
            int cls = mn.endsWith("32") ? 0x04 : 0x07;
            return new Instruction(0xb8 | cls, reg(o[0]), reg(o[1]), from, 0);
        }
        if (ALU.containsKey(base)) {
            int cls = is32 ? 0x04 : 0x07;
            int off = base.equals("sdiv") || base.equals("smod") ? 1 : 0;
            if (base.equals("neg")) {
                return new Instruction(0x80 | cls, reg(o[0]), 0, 0, 0);
            }
            if (o[1].startsWith("%")) {
                return new Instruction(ALU.get(base) | 0x08 | cls, reg(o[0]), reg(o[1]), off, 0);
            }
            return new Instruction(ALU.get(base) | cls, reg(o[0]), 0, off, imm32(o[1]));
        }
        if (mn.matches("(le|be|bswap|swap)(16|32|64)")) {
            int bits = Integer.parseInt(mn.replaceAll("[a-z]", ""));
            base = mn.replaceAll("[0-9]", "");
            int opc = base.equals("le") ? 0xd4 : base.equals("be") ? 0xdc : 0xd7;
            return new Instruction(opc, reg(o[0]), 0, 0, bits);
        }
        if (JMP.containsKey(base)) {
            int cls = is32 ? 0x06 : 0x05;
            int off = target(o[2], l.pc, labels);
            if (o[1].startsWith("%")) {
                return new Instruction(JMP.get(base) | 0x08 | cls, reg(o[0]), reg(o[1]), off, 0);
            }
            return new Instruction(JMP.get(base) | cls, reg(o[0]), 0, off, imm32(o[1]));
        }
        switch (mn) {
            case "ja":
                return Instruction.ja(target(o[0], l.pc, labels));
            case "ja32":
                return Instruction.gotol(target(o[0], l.pc, labels));
            case "exit":
                return Instruction.exit();
            case "call":
                if (o[0].startsWith("%")) {
                    return new Instruction(0x8d, reg(o[0]), 0, 0, 0);
                }
                return Instruction.callHelper(imm32(o[0]));
            case "call_helper":
                return Instruction.callHelper(imm32(o[0]));
            case "call_local":
                return Instruction.callLocal(target(o[0], l.pc, labels));
            case "call_runtime":
                return new Instruction(0x85, 0, 2, 0, imm32(o[0]));
            case "lddw":
                return new Instruction(0x18, reg(o[0]), 0, 0, imm64(o[1]));
            default:
                break;
        }
        if (mn.startsWith("lock_")) {
            boolean fetch = mn.startsWith("lock_fetch_");
            String op = mn.substring(fetch ? 11 : 5);
            boolean w = op.endsWith("32");
            op = w ? op.substring(0, op.length() - 2) : op;
            int imm = ATOMIC.get(op) | (fetch ? 1 : 0);
            int[] m = mem(o[0]);
            return new Instruction(0xc3 | (w ? 0x00 : 0x18), m[0], reg(o[1]), m[1], imm);
        }
        if (mn.startsWith("ldxs")) {
            int[] m = mem(o[1]);
            return new Instruction(0x81 | SIZE.get(mn.substring(4)), reg(o[0]), m[0], m[1], 0);
        }
        if (mn.startsWith("ldx")) {
            int[] m = mem(o[1]);
            return new Instruction(0x61 | SIZE.get(mn.substring(3)), reg(o[0]), m[0], m[1], 0);
        }
        if (mn.startsWith("stx")) {
            int[] m = mem(o[0]);
            return new Instruction(0x63 | SIZE.get(mn.substring(3)), m[0], reg(o[1]), m[1], 0);
        }
        if (mn.startsWith("st")) {
            int[] m = mem(o[0]);
            return new Instruction(0x62 | SIZE.get(mn.substring(2)), m[0], 0, m[1], imm32(o[1]));
        }
        throw new IllegalArgumentException("mini assembler: cannot read '" + mn + "'");
    }

    private static int reg(String s) {
        return Integer.parseInt(s.trim().substring(2));
    }

    private static int[] mem(String s) {
        String in = s.trim().substring(1, s.trim().length() - 1);
        int plus = Math.max(in.indexOf('+'), in.indexOf('-'));
        if (plus < 0) {
            return new int[] {reg(in), 0};
        }
        return new int[] {reg(in.substring(0, plus)), (int) parse(in.substring(plus))};
    }

    private static int target(String s, int pc, Map<String, Integer> labels) {
        if (s.startsWith("+") || s.startsWith("-")) {
            return (int) parse(s);
        }
        Integer t = labels.get(s);
        if (t == null) {
            throw new IllegalArgumentException("mini assembler: unknown label " + s);
        }
        return t - pc - 1;
    }

    private static int imm32(String s) {
        return (int) parse(s);
    }

    private static long imm64(String s) {
        return parse(s);
    }

    static long parse(String s) {
        s = s.trim();
        boolean neg = s.startsWith("-");
        if (neg || s.startsWith("+")) {
            s = s.substring(1);
        }
        long v = s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseUnsignedLong(s);
        return neg ? -v : v;
    }
}
