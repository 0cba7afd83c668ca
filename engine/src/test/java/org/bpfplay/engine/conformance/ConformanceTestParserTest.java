package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The .data rules of the upstream parser (isa-and-runtimes.md section 3.1), one by one. */
class ConformanceTestParserTest {

    private static ConformanceTest parse(String text) {
        return ConformanceTestParser.parse("t.data", text);
    }

    @Test
    void readsTheSectionsOfATypicalFile() {
        ConformanceTest t = parse("# Copyright\n-- asm\nldxh %r0, [%r1+2]\nexit\n-- mem\naa bb 11 22 cc dd\n-- result\n0x2211\n");
        assertEquals("t.data", t.name());
        assertArrayEquals(new byte[] {(byte) 0xaa, (byte) 0xbb, 0x11, 0x22, (byte) 0xcc, (byte) 0xdd}, t.memory());
        assertEquals(0x2211, t.expectedResult());
        assertNull(t.expectedError());
        assertNull(t.skipReason());
        assertEquals(List.of(), t.problems());
        assertFalse(t.isRaw());
        // Each asm line stays at its line number in the file.
        assertEquals(List.of("", "", "ldxh %r0, [%r1+2]", "exit"), List.of(t.asm().split("\n", -1)).subList(0, 4));
    }

    @Test
    void commentsAreDroppedEvenInline() {
        ConformanceTest t = parse("-- asm\nexit\n-- result # the value\n0x5 # five\n-- mem # bytes\n01 # 02\n");
        assertEquals(5, t.expectedResult());
        assertArrayEquals(new byte[] {1}, t.memory());
    }

    @Test
    void directivesMatchBySubstringInUpstreamOrder() {
        // "memory" contains "mem"; "-- result asm" contains "asm", which is tested first.
        ConformanceTest t = parse("-- asm\nexit\n-- memory\n07\n-- result\n7\n");
        assertArrayEquals(new byte[] {7}, t.memory());
        ConformanceTest u = parse("-- result asm\nexit\n-- result\n1\n");
        assertEquals(1, u.expectedResult());
        assertTrue(u.asm().contains("exit"));
    }

    @Test
    void lastResultLineWinsAndHexNeedsItsPrefix() {
        assertEquals(0x10, parse("-- asm\nexit\n-- result\n0x1\n0x10\n").expectedResult());
        assertEquals(10, parse("-- asm\nexit\n-- result\n10\n").expectedResult());
        assertEquals(-1L, parse("-- asm\nexit\n-- result\n0xffffffffffffffff\n").expectedResult());
        // stoull accepts a minus sign and wraps; so do we.
        assertEquals(-1L, parse("-- asm\nexit\n-- result\n-1\n").expectedResult());
    }

    @Test
    void rawWordsAreWholeLittleEndianInstructions() {
        ConformanceTest t = parse("-- asm\nexit\n-- raw\n0x5566778800000018 0x1122334400000000\n149\n-- result\n0x1\n");
        assertTrue(t.isRaw());
        assertEquals(List.of(0x5566778800000018L, 0x1122334400000000L, 149L), t.raw());
        byte[] b = t.rawBytes();
        assertEquals(24, b.length);
        assertEquals(0x18, b[0]);
        assertEquals((byte) 0x88, b[4]);
        assertEquals((byte) 0x95, b[16]);
    }

    @Test
    void ignoredSectionsAndBlankLines() {
        ConformanceTest t = parse("-- c\nint main() { return 1; }\n\n-- asm\n\nmov %r0, 1\n\nexit\n-- no register offset\ncall instruction\n-- result\n\n0x1\n\n");
        assertNull(t.skipReason());
        assertEquals(1, t.expectedResult());
        assertFalse(t.asm().contains("main"));
        assertFalse(t.asm().contains("call instruction"));
    }

    @Test
    void crlfLineEndingsAreAccepted() {
        ConformanceTest t = parse("-- asm\r\nmov %r0, 3\r\nexit\r\n-- result\r\n0x3\r\n");
        assertEquals(3, t.expectedResult());
        assertFalse(t.asm().contains("\r"));
    }

    @Test
    void unknownDirectiveSkipsTheWholeFile() {
        ConformanceTest t = parse("-- asm\nexit\n-- description\nsomething\n-- result\n0x1\n");
        assertNotNull(t.skipReason());
        assertTrue(t.skipReason().contains("unknown directive '-- description'"), t.skipReason());
    }

    @Test
    void neitherResultNorErrorIsASkip() {
        assertTrue(parse("-- asm\nexit\n").skipReason().contains("no result or error"));
    }

    @Test
    void anErrorAloneExpectsZeroAndTheLastLine() {
        ConformanceTest t = parse("-- asm\nexit\n-- error\nfirst\nFailed to load code: bad   \n");
        assertEquals("Failed to load code: bad", t.expectedError());
        assertEquals(0, t.expectedResult());
        assertNull(t.skipReason());
    }

    @Test
    void malformedValuesBecomeProblemsNotExceptions() {
        ConformanceTest t = parse("-- asm\nexit\n-- mem\nzz 100 01\n-- raw\n0xgg\n-- result\nbanana\n");
        assertEquals(4, t.problems().size(), t.problems().toString());
        assertArrayEquals(new byte[] {1}, t.memory());
        assertTrue(t.problems().stream().anyMatch(p -> p.contains("banana")));
    }
}
