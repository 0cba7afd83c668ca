package org.bpfplay.engine.verifier.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.verifier.cfg.BasicBlocks.Block;
import org.bpfplay.engine.verifier.cfg.BasicBlocks.Edge;
import org.bpfplay.engine.verifier.cfg.BasicBlocks.EdgeKind;
import org.junit.jupiter.api.Test;

class BasicBlocksTest {

    @Test
    void loopHasABackEdgeAndWideLoadsCountTwoSlots() {
        BasicBlocks.Graph g = BasicBlocks.of(Assembler.assemble(
                "r1 = 0x100000000 ll\nr0 = 0\nloop:\nr0 += 1\nif r0 < 5 goto loop\nif r1 == 0 goto out\nr0 = 2\nout:\nexit\n").program());
        assertEquals(List.of(new Block(0, 0, 2), new Block(1, 3, 4), new Block(2, 5, 5), new Block(3, 6, 6),
                new Block(4, 7, 7)), g.blocks());
        assertEquals(List.of(new Edge(0, 1, EdgeKind.FALLTHROUGH, false),
                new Edge(1, 2, EdgeKind.FALLTHROUGH, false), new Edge(1, 1, EdgeKind.JUMP, true),
                new Edge(2, 3, EdgeKind.FALLTHROUGH, false), new Edge(2, 4, EdgeKind.JUMP, false),
                new Edge(3, 4, EdgeKind.FALLTHROUGH, false)), g.edges());
        assertEquals(1, g.blockOf(4));
        assertEquals(-1, g.blockOf(99));
    }

    @Test
    void gotoHasNoFallthroughAndExitNoEdges() {
        BasicBlocks.Graph g = BasicBlocks.of(Assembler.assemble("goto +1\nr0 = 1\nr0 = 0\nexit\n").program());
        assertEquals(List.of(new Block(0, 0, 0), new Block(1, 1, 1), new Block(2, 2, 3)), g.blocks());
        assertEquals(List.of(new Edge(0, 2, EdgeKind.JUMP, false), new Edge(1, 2, EdgeKind.FALLTHROUGH, false)), g.edges());
    }
}
