/*
 * A playground program declaring a map of maps (.map ... inner=TEMPLATE) assembles, verifies and
 * runs: the outer map is seeded with map id 1 (the inner map), the program reaches the inner map
 * through the outer lookup, changes it and reads it back. Expected values: Linux 6.18 running the
 * same program (src/test/resources/runtime/mim/record.sh, scripts/kernel-oracle-plus.py).
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.junit.jupiter.api.Test;

class MapInMapRunTest {
    private static final Path DIR = Paths.get("src/test/resources/runtime/mim");
    private static final String DATA = "00112233445566778899aabb08004500001c0000000040110000c0a80001c0a80002";
    private static final List<MapInit> INITS = List.of(MapInit.parse("inner:00000000=2a00000000000000"),
            MapInit.parse("inner:01000000=1000000000000000"), MapInit.parse("outer:00000000=01000000"));

    private static Program program() throws IOException {
        AsmResult asm = Assembler.assemble(Files.readString(DIR.resolve("mim_run.s")), List.of());
        assertTrue(asm.ok(), asm.errors().toString());
        return asm.program();
    }

    @Test
    void declaredMapOfMapsCarriesItsTemplate() throws IOException {
        Program p = program();
        assertEquals(2, p.maps().size());
        assertEquals(MapType.ARRAY_OF_MAPS, p.maps().get(1).type());
        assertEquals("inner", p.maps().get(1).inner());
        assertEquals("outer:array_of_maps:4:4:3:inner=inner", p.maps().get(1).toString());
    }

    @Test
    void verifiesAndRunsLikeTheKernel() throws IOException {
        Program p = program();
        VerificationResult v = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP, 1));
        assertTrue(v.accepted(), v.log());
        String json = Files.readString(DIR.resolve("mim_run.json"), StandardCharsets.UTF_8);
        Matcher rv = Pattern.compile("\"retval\":(\\d+)").matcher(json);
        assertTrue(rv.find(), json);
        List<String> kernelInner = new ArrayList<>();
        Matcher e = Pattern.compile("\\{\"key\":\"([0-9a-f]+)\",\"value\":\"([0-9a-f]+)\"\\}").matcher(json);
        while (e.find()) {
            kernelInner.add(e.group(1) + "=" + e.group(2));
        }
        assertEquals(2, kernelInner.size(), json);

        RunInput in = RunInput.of(ProgramType.XDP, HexFormat.of().parseHex(DATA)).withInits(INITS);
        RunOutcome o = new ProgramRun().run(p, in);
        assertNull(o.error(), String.valueOf(o.error()));
        assertNull(o.fault());
        assertEquals(Long.parseLong(rv.group(1)), o.retval());
        List<String> ours = new ArrayList<>();
        for (MapEntry m : o.maps().get("inner")) {
            ours.add(HexFormat.of().formatHex(m.key()) + "=" + HexFormat.of().formatHex(m.value()));
        }
        assertEquals(kernelInner, ours);
    }

    @Test
    void emptySlotIsNull() throws IOException {
        // without the outer seed the lookup gives NULL and the program returns 99 (its own constant)
        RunInput in = RunInput.of(ProgramType.XDP, HexFormat.of().parseHex(DATA)).withInits(INITS.subList(0, 2));
        RunOutcome o = new ProgramRun().run(program(), in);
        assertNull(o.error(), String.valueOf(o.error()));
        assertEquals(99, o.retval());
    }

    @Test
    void seedingWithAMapThatDoesNotMatchTheTemplateFails() throws IOException {
        // map 2 is the outer map itself: not an array of 8-byte values, so BPF_MAP_UPDATE_ELEM says EINVAL
        List<MapInit> bad = List.of(MapInit.parse("outer:00000000=02000000"));
        RunOutcome o = new ProgramRun().run(program(), RunInput.of(ProgramType.XDP, HexFormat.of().parseHex(DATA))
                .withInits(bad));
        assertTrue(o.error() != null && o.error().errno().equals("Invalid argument"), String.valueOf(o.error()));
    }
}
