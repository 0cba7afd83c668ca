package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** csum_diff, l3_csum_replace and l4_csum_replace against results recorded from the kernel (scripts/record-helpers-csum.sh). */
class ChecksumOracleTest {
    private static String[] lines() throws IOException {
        try (InputStream in = ChecksumOracleTest.class.getResourceAsStream("/helpers/csum-kernel.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }

    private static byte[] hex(String s) {
        return s.equals("-") ? null : HexFormat.of().parseHex(s);
    }

    @Test
    void csumDiffMatchesKernel() throws IOException {
        int n = 0;
        for (String line : lines()) {
            String[] f = line.split(" ");
            if (!f[0].equals("diff")) {
                continue;
            }
            long got = Checksum.diff(hex(f[1]), hex(f[2]), (int) Long.parseLong(f[3]));
            assertEquals(Long.parseLong(f[4]), got & 0xffff_ffffL, line);
            n++;
        }
        assertTrue(n >= 50, "only " + n + " csum_diff cases");
    }

    @Test
    void csumReplaceMatchesKernel() throws IOException {
        int n = 0;
        for (String line : lines()) {
            String[] f = line.split(" ");
            if (!f[0].equals("l3") && !f[0].equals("l4")) {
                continue;
            }
            byte[] pkt = hex(f[1]);
            int off = Integer.parseInt(f[2]);
            long from = Long.parseLong(f[3]);
            long to = Long.parseLong(f[4]);
            long flags = Long.parseLong(f[5]);
            int field = (pkt[off] & 0xff) | (pkt[off + 1] & 0xff) << 8;
            long r = f[0].equals("l3") ? Checksum.l3Replace(field, from, to, flags)
                    : Checksum.l4Replace(field, from, to, flags);
            byte[] expected = pkt.clone();
            if (r >= 0) {
                expected[off] = (byte) r;
                expected[off + 1] = (byte) (r >> 8);
            }
            assertEquals(Long.parseLong(f[6]), r < 0 ? r & 0xffff_ffffL : 0, line);
            assertEquals(f[7], HexFormat.of().formatHex(expected), line);
            n++;
        }
        assertTrue(n >= 60, "only " + n + " csum_replace cases");
    }
}
