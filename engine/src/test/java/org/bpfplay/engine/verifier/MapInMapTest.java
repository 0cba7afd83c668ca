/*
 * How a map of maps and its inner map template are written down (MapSpec's :inner=TEMPLATE, the
 * .map directive's inner=TEMPLATE) and what the verifier says when the template is missing. The
 * kernel's own behaviour is checked by the recorded mim_ corpus (CorpusCategoriesTest).
 */
package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class MapInMapTest {
    private static final String LOOKUP = "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nr1 = outer ll\ncall 1\n"
            + "if r0 == 0 goto out\nr1 = r0\nr2 = r10\nr2 += -4\ncall 1\nout:\nr0 = 0\nexit\n";

    @Test
    void specWithInnerTemplateParsesAndPrintsBack() {
        MapSpec s = MapSpec.parse("outer:hash_of_maps:4:4:8:0:inner=in");
        assertEquals(MapType.HASH_OF_MAPS, s.type());
        assertEquals("in", s.inner());
        assertEquals(8, s.maxEntries());
        assertEquals("outer:hash_of_maps:4:4:8:inner=in", s.toString());
        assertEquals(s, MapSpec.parse(s.toString()));
        assertEquals(4096, MapSpec.parse("o:array_of_maps:4:4:2:4096:inner=in").flags());
    }

    @Test
    void specsWithoutInnerAreUnchanged() {
        MapSpec s = MapSpec.parse("m:array:4:8:2:4096");
        assertNull(s.inner());
        assertEquals(new MapSpec("m", MapType.ARRAY, 4, 8, 2, 4096), s);
        assertEquals("m:array:4:8:2:4096", s.toString());
        assertThrows(IllegalArgumentException.class, () -> MapSpec.parse("m:array:4:8:2:0:7"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MapSpec.parse("o:array_of_maps:4:4:2:inner="));
        assertTrue(e.getMessage().contains("inner= needs the name"), e.getMessage());
    }

    @Test
    void mapDirectiveTakesInner() {
        AsmResult r = Assembler.assemble(".map in hash key=4 value=8 max_entries=4\n"
                + ".map outer hash_of_maps key=4 value=4 max_entries=2 inner=in\n" + LOOKUP, List.of());
        assertTrue(r.ok(), r.errors().toString());
        assertEquals("in", r.program().maps().get(1).inner());
        VerificationResult v = Verifier.verify(r.program(), VerifierOptions.of(ProgramType.SOCKET_FILTER, 2));
        assertTrue(v.accepted(), v.log());
        assertTrue(v.log().contains("R0=map_ptr(ks=4,vs=8)"), v.log());
    }

    @Test
    void mapDirectiveChecksTheTemplate() {
        assertError(".map outer array_of_maps key=4 value=4 max_entries=2 inner=later\n"
                + ".map later array key=4 value=8 max_entries=2\nexit\n", "no map 'later' is declared before map 'outer'");
        assertError(".map in array key=4 value=8 max_entries=2\n.map m array key=4 value=4 max_entries=2 inner=in\nexit\n",
                "inner= is for array_of_maps and hash_of_maps");
        assertError(".map in array key=4 value=8 max_entries=2\n.map o array_of_maps key=4 value=4 max_entries=2 inner=in\n"
                + ".map oo array_of_maps key=4 value=4 max_entries=2 inner=o\nexit\n", "only one level of maps in maps");
    }

    private static void assertError(String src, String want) {
        AsmResult r = Assembler.assemble(src, List.of());
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains(want), r.errors().toString());
    }

    @Test
    void lookupWithoutTemplateIsRefusedClearly() {
        AsmResult r = Assembler.assemble(".map outer array_of_maps key=4 value=4 max_entries=2\n" + LOOKUP, List.of());
        assertTrue(r.ok(), r.errors().toString());
        VerificationResult v = Verifier.verify(r.program(), VerifierOptions.of(ProgramType.SOCKET_FILTER, 1));
        assertFalse(v.accepted());
        assertTrue(v.message().contains("map outer (array_of_maps) has no inner map template"), v.message());
    }

    @Test
    void verifierOptionsMapsCarryTheTemplate() {
        // as `verify --map in:array:4:8:2 --map outer:array_of_maps:4:4:2:inner=in` gives them
        AsmResult r = Assembler.assemble(LOOKUP, List.of(MapSpec.parse("in:array:4:8:2"),
                MapSpec.parse("outer:array_of_maps:4:4:2:inner=in")));
        assertTrue(r.ok(), r.errors().toString());
        VerificationResult v = Verifier.verify(r.program(), VerifierOptions.of(ProgramType.SOCKET_FILTER, 2));
        assertTrue(v.accepted(), v.log());
        // a constant in-range key of an inner array: no null check needed (6.18), printed without a map name
        assertTrue(v.log().contains("R0=map_value(ks=4,vs=8)"), v.log());
    }
}
