package org.bpfplay.engine.asm;

import java.util.List;
import java.util.Map;

import org.bpfplay.engine.maps.MapSpec;

/**
 * What the parser read from a source, before names are resolved.
 *
 * @param insns  instructions in order
 * @param labels label definitions by name, in source order
 * @param numericLabels instruction indexes of the numeric local labels ({@code 1:}), by number,
 *                      in source order; {@code 1b}/{@code 1f} refer to the nearest one
 * @param dataLabels    names defined in data sections (skipped), with their section's name
 * @param maps   maps declared with {@code .map}, in source order
 * @param errors errors found so far
 */
record ParsedSource(List<PendingInsn> insns, Map<String, LabelDef> labels, Map<Long, List<Integer>> numericLabels,
        Map<String, String> dataLabels, List<MapDecl> maps, List<AsmError> errors) {

    /**
     * The instruction index a label reference names, or -1: a name, or {@code Nb}/{@code Nf} for
     * the nearest numeric label N before (at or above {@code fromIndex}) or after the reference.
     */
    int target(String name, int fromIndex) {
        LabelDef def = labels.get(name);
        if (def != null) {
            return def.index();
        }
        char dir = name.isEmpty() ? ' ' : Character.toLowerCase(name.charAt(name.length() - 1));
        String digits = name.isEmpty() ? "" : name.substring(0, name.length() - 1);
        if ((dir != 'b' && dir != 'f') || digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        List<Integer> defs = numericLabels.get(Long.parseLong(digits));
        if (defs == null) {
            return -1;
        }
        int found = -1;
        for (int index : defs) {
            if (dir == 'b' && index <= fromIndex) {
                found = index;
            } else if (dir == 'f' && index > fromIndex && found < 0) {
                found = index;
            }
        }
        return found;
    }

    /** A label: it names the instruction at {@code index} (or the end, if index == insns.size()). */
    record LabelDef(String name, int index, Token at) {
    }

    /** A {@code .map} directive. */
    record MapDecl(MapSpec spec, Token at) {
    }
}
