package org.bpfplay.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HexTextTest {
    private static final byte[] B7_00_01 = {(byte) 0xb7, 0x00, 0x01};

    @Test
    void readsTheFormsPeoplePaste() {
        for (String form : new String[] {"b70001", "b7 00 01", "B7:00:01", "b7-00-01", "b7.00.01", "b7_00_01",
                "0xb7, 0x00, 0x01", "  b7\n00\t01\n"}) {
            HexText.Parsed p = HexText.parse(form);
            assertTrue(p.ok(), form + ": " + p.problem());
            assertArrayEquals(B7_00_01, p.bytes(), form);
        }
        assertArrayEquals(new byte[0], HexText.parse("").bytes());
    }

    @Test
    void namesTheProblemAndWhereItIs() {
        HexText.Parsed notHex = HexText.parse("b7 0g");
        assertFalse(notHex.ok());
        assertEquals("'g' is not a hex digit", notHex.problem());
        assertEquals(1, notHex.line());
        assertEquals(5, notHex.column());
        assertEquals("'g' is not a hex digit (column 5)", notHex.describe());

        HexText.Parsed split = HexText.parse("b7 0 1");
        assertEquals("separator inside a byte (write two digits per byte)", split.problem());
        assertEquals(5, split.column());

        HexText.Parsed odd = HexText.parse("b7 0");
        assertEquals("odd number of hex digits (3): the last byte is incomplete", odd.problem());

        HexText.Parsed second = HexText.parseFile("b7000000\n00 z0");
        assertEquals(2, second.line());
        assertEquals(4, second.column());
        assertEquals("'z' is not a hex digit (line 2, column 4)", second.describe());
    }

    @Test
    void commentsOnlyInFiles() {
        assertArrayEquals(B7_00_01, HexText.parseFile("# r0 = 1\nb7 00 # half\n01 # end").bytes());
        assertEquals("'#' is not a hex digit", HexText.parse("b7 # x").problem());
    }

    @Test
    void formatsLowerCasePairs() {
        assertEquals("b70001", HexText.format(B7_00_01));
        assertEquals("0001", HexText.format(B7_00_01, 1, 3));
        assertArrayEquals(B7_00_01, HexText.parse(HexText.format(B7_00_01)).bytes());
    }
}
