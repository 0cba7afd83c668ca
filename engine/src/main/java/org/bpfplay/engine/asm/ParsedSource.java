package org.bpfplay.engine.asm;

import java.util.List;
import java.util.Map;

import org.bpfplay.engine.maps.MapSpec;

/**
 * What the parser read from a source, before names are resolved.
 *
 * @param insns  instructions in order
 * @param labels label definitions by name, in source order
 * @param maps   maps declared with {@code .map}, in source order
 * @param errors errors found so far
 */
record ParsedSource(List<PendingInsn> insns, Map<String, LabelDef> labels, List<MapDecl> maps, List<AsmError> errors) {

    /** A label: it names the instruction at {@code index} (or the end, if index == insns.size()). */
    record LabelDef(String name, int index, Token at) {
    }

    /** A {@code .map} directive. */
    record MapDecl(MapSpec spec, Token at) {
    }
}
