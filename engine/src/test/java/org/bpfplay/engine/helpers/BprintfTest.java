package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bprintf limits the kernel recording could not reach: the 512-byte argument buffer. */
class BprintfTest {
    private static Bprintf.Result fmt(String f, long[] args, Map<Long, byte[]> mem) {
        return new Bprintf(1).format((f + "\0").getBytes(StandardCharsets.US_ASCII), args, args.length,
                PrintfOracleTest.source(mem));
    }

    @Test
    void stringsAreCutToTheArgumentBufferAndThenItIsFull() {
        byte[] big = new byte[601];
        Arrays.fill(big, 0, 600, (byte) 'x');
        Bprintf.Result r = fmt("%s", new long[] {1}, Map.of(1L, big));
        assertEquals(511, r.text().length, "511 characters and the NUL fill MAX_BPRINTF_BIN_ARGS");
        assertEquals(-28, fmt("%s%s", new long[] {1, 1}, Map.of(1L, big)).error(), "-ENOSPC");
        assertEquals(-28, fmt("%s%c", new long[] {1, 65}, Map.of(1L, big)).error());
        assertEquals(-28, fmt("%s%d", new long[] {1, 5}, Map.of(1L, big)).error());
    }

    @Test
    void unreadableStringsPrintEmpty() {
        assertEquals("[]", fmt("[%s]", new long[] {0x1234}, Map.of()).string());
        assertEquals("0.0.0.0", fmt("%pI4", new long[] {0x1234}, Map.of()).string(), "unreadable address: zeros");
    }

    @Test
    void percentPercentNeedsNoArgument() {
        assertEquals("100%", fmt("100%%", new long[0], Map.of()).string());
        assertEquals(-22, fmt("%d", new long[0], Map.of()).error());
        assertEquals(-22, fmt("%", new long[] {1}, Map.of()).error(), "a lone % at the end");
    }
}
