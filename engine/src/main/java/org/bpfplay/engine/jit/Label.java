package org.bpfplay.engine.jit;

import java.util.ArrayList;
import java.util.List;

/** A position in a method's code that branches name before it is known; patched when placed. */
final class Label {
    /** Bytecode offset, -1 until placed. */
    int pos = -1;
    /** Per pending branch: the offset of its opcode and of its offset field (2 or 4 bytes). */
    final List<int[]> fixups = new ArrayList<>();
}
