package org.bpfplay.engine.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.maps.MapSpec;

/**
 * Second pass: gives every instruction its pc (LD_IMM64 takes two slots), then fills in names.
 * Jump and call offsets count slots from the instruction after the jump. A map name becomes
 * LD_IMM64 with src {@link Pseudo#MAP_FD} and imm = the map's index in {@link Program#maps()}
 * (llvm-mc instead leaves a relocation for the loader); a label after {@code =} becomes
 * src {@link Pseudo#FUNC} with the relative offset, as the kernel expects for callbacks.
 */
final class Resolver {
    private final ParsedSource parsed;
    private final List<MapSpec> maps = new ArrayList<>();
    private final List<AsmError> errors;
    private final int[] pcs;
    private final int endPc;

    private Resolver(ParsedSource parsed, List<MapSpec> extraMaps) {
        this.parsed = parsed;
        this.errors = new ArrayList<>(parsed.errors());
        for (ParsedSource.MapDecl m : parsed.maps()) {
            maps.add(m.spec());
        }
        maps.addAll(extraMaps);
        pcs = new int[parsed.insns().size()];
        int pc = 0;
        for (int i = 0; i < pcs.length; i++) {
            pcs[i] = pc;
            pc += parsed.insns().get(i).insn().width();
        }
        endPc = pc;
    }

    static AsmResult resolve(ParsedSource parsed, List<MapSpec> extraMaps) {
        return new Resolver(parsed, extraMaps).run();
    }

    private AsmResult run() {
        List<Instruction> out = new ArrayList<>();
        int[] lines = new int[pcs.length];
        for (int i = 0; i < pcs.length; i++) {
            PendingInsn p = parsed.insns().get(i);
            lines[i] = p.line();
            Instruction insn = p.insn();
            if (p.fixup() != null) {
                Instruction fixed = fix(insn, p.fixup(), i);
                insn = fixed == null ? insn : fixed;
            }
            out.add(insn);
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            return AsmResult.failed(errors);
        }
        Map<Integer, String> labelsByPc = new HashMap<>();
        // One name per pc, for display: the first written, but a compiler-local .L name only
        // when nothing better names that pc.
        for (boolean local : new boolean[] {false, true}) {
            for (ParsedSource.LabelDef l : parsed.labels().values()) {
                if (l.name().startsWith(".L") == local) {
                    labelsByPc.putIfAbsent(pcOfIndex(l.index()), l.name());
                }
            }
        }
        return AsmResult.of(new Program(out, maps, labelsByPc, lines));
    }

    private int pcOfIndex(int index) {
        return index < pcs.length ? pcs[index] : endPc;
    }

    /** The instruction with its name filled in, or null after recording an error. */
    private Instruction fix(Instruction insn, Fixup f, int index) {
        int pc = pcs[index];
        int targetIndex = parsed.target(f.name(), index);
        boolean label = targetIndex >= 0;
        long rel = label ? (long) pcOfIndex(targetIndex) - (pc + 1) : 0;
        switch (f.kind()) {
            case JUMP:
                if (!label) {
                    return fail(f, "label '" + f.name() + "' is not defined");
                }
                if (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE) {
                    return fail(f, "jump to '" + f.name() + "' is " + rel + " instructions away, too far for the"
                            + " 16-bit offset of '" + f.form() + "' (-32768..32767)"
                            + (f.form().equals("goto") ? "; use 'gotol " + f.name() + "'"
                                    : "; jump over a 'gotol " + f.name() + "' instead"));
                }
                return insn.withOffset((int) rel);
            case JUMP_LONG:
                if (!label) {
                    return fail(f, "label '" + f.name() + "' is not defined");
                }
                return insn.withImm(rel);
            case CALL:
                if (label) {
                    return Instruction.callLocal((int) rel);
                }
                HelperId helper = HelperId.byName(f.name());
                if (helper == null) {
                    return fail(f, "'" + f.name() + "' is neither a label in this file nor a known helper"
                            + " (like bpf_map_lookup_elem)");
                }
                return Instruction.callHelper(helper.id);
            case LOAD_ADDRESS:
                for (int m = 0; m < maps.size(); m++) {
                    if (maps.get(m).name().equals(f.name())) {
                        return insn.withSrc(Pseudo.MAP_FD).withImm(m);
                    }
                }
                if (label) {
                    return insn.withSrc(Pseudo.FUNC).withImm(rel & 0xffffffffL);
                }
                String dataSection = parsed.dataLabels().get(f.name());
                if (dataSection != null) {
                    return fail(f, "'" + f.name() + "' is data in section " + dataSection + ", which bpfplay does not"
                            + " load; declare it as a map: .map " + f.name() + " TYPE key=K value=V max_entries=N"
                            + " (or --map)");
                }
                return fail(f, "'" + f.name() + "' is not a declared map or a label"
                        + " (declare maps with .map NAME TYPE key=K value=V max_entries=N)");
            default:
                throw new IllegalStateException("unknown fixup " + f.kind());
        }
    }

    private Instruction fail(Fixup f, String message) {
        errors.add(new AsmError(f.at().line(), f.at().column(), message));
        return null;
    }
}
