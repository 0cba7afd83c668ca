package org.bpfplay.engine.verifier.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Printer hooks the replay does not reach: the precision mark. The expected text is taken from
 * the kernel's own line in the recorded log (mark_precise prints the parent state with "P").
 */
class ScalarPrinterTest {
    @Test
    void precisionMarkPrefixesTheScalar() throws IOException {
        List<String> log = ScalarLogReplayTest.log("precise");
        String line = log.stream().filter(l -> l.contains("parent state regs=r0")).findFirst().orElseThrow();
        String kernel = LogReplayer.parseState(line.substring(line.indexOf(":  ") + 2)).get("R0");
        assertTrue(kernel.startsWith("P"), kernel);
        // R0 is the unknown result of bpf_get_prandom_u32
        assertEquals(kernel, ScalarPrinter.print(Scalar.unknown(), 0, 0, false, true));
        assertEquals("P" + ScalarPrinter.print(Scalar.constant(-5)), ScalarPrinter.print(Scalar.constant(-5), 0, 0, false, true));
    }

    @Test
    void numberFormatsFollowTheKernelThresholds() {
        assertEquals("65535", ScalarPrinter.unum(65535));
        assertEquals("0x10000", ScalarPrinter.unum(65536));
        assertEquals("-32768", ScalarPrinter.snum(-32768));
        assertEquals("0xffffffffffff7fff", ScalarPrinter.snum(-32769));
        assertEquals("scalar()", Scalar.unknown().toString());
    }
}
