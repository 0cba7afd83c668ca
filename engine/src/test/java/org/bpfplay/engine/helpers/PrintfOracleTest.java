package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * bpf_trace_printk formats, return values and trace_pipe lines against the kernel
 * (scripts/record-helpers-printf.sh). Pointer arguments pointed at the BPF stack there; here they
 * point at fake addresses with the same bytes (a %pus of them fails as a user read of kernel memory did).
 */
class PrintfOracleTest {
    private static final Pattern HEADER = Pattern.compile(
            "^ *(\\S.*?)-(\\d+) +\\[(\\d{3})\\] (\\S{5}) +(\\d+)\\.(\\d{6}): bpf_trace_printk: $");

    private static String[] lines() throws IOException {
        try (InputStream in = PrintfOracleTest.class.getResourceAsStream("/helpers/printf-kernel.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }

    /** A source over fake addresses: user reads fail, as they did for stack pointers in the kernel. */
    static Bprintf.Source source(Map<Long, byte[]> mem) {
        return new Bprintf.Source() {
            @Override
            public byte[] string(long address, int max, char kind) {
                byte[] b = mem.get(address);
                if (b == null || kind == 'u') {
                    return null;
                }
                int n = 0;
                while (n < b.length && b[n] != 0) {
                    n++;
                }
                return Arrays.copyOf(b, Math.min(n, max - 1));
            }

            @Override
            public byte[] bytes(long address, int n) {
                byte[] b = mem.get(address);
                return b == null || b.length < n ? null : Arrays.copyOf(b, n);
            }
        };
    }

    @Test
    void tracePrintkMatchesKernel() throws IOException {
        int n = 0;
        int printed = 0;
        for (String line : lines()) {
            if (!line.startsWith("printk ")) {
                continue;
            }
            String[] f = line.split(" ", 8);
            byte[] fmt = HexFormat.of().parseHex(f[2]);
            int size = Integer.parseInt(f[3]);
            long[] args = new long[3];
            Map<Long, byte[]> mem = new HashMap<>();
            if (!f[4].equals("-")) {
                String[] a = f[4].split(",");
                for (int k = 0; k < a.length; k++) {
                    if (a[k].charAt(0) == 'i') {
                        args[k] = Long.parseUnsignedLong(a[k].substring(1));
                    } else {
                        args[k] = 0x1000_0000L * (k + 1);
                        mem.put(args[k], HexFormat.of().parseHex(a[k].substring(1)));
                    }
                }
            }
            // the kernel reads fmt_size bytes; the recorded fmt is what was stored, padded with NULs
            byte[] given = Arrays.copyOf(fmt.length > size ? Arrays.copyOf(fmt, size) : fmt, size);
            if (fmt.length >= size) {
                given = Arrays.copyOf(fmt, size);
            }
            Bprintf.Result r = new Bprintf(1).format(given, args, 3, source(mem));
            long ret = r.ok() ? r.text().length : r.error();
            assertEquals(Long.parseLong(f[5]), ret & 0xffff_ffffL, line);
            if (!f[6].equals("-")) {
                Matcher m = HEADER.matcher(f[7]);
                assertTrue(m.matches(), "header shape: " + f[7]);
                byte[] shown = r.text().length < 1024 ? r.text() : Arrays.copyOf(r.text(), 1023);
                TraceLine t = new TraceLine(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), Long.parseLong(m.group(5)) * 1_000_000_000L + Long.parseLong(m.group(6)) * 1000,
                        new String(shown, StandardCharsets.UTF_8));
                String kernel = f[7] + new String(HexFormat.of().parseHex(f[6]), StandardCharsets.UTF_8);
                assertEquals(kernel, t.render(), line);
                printed++;
            }
            n++;
        }
        assertTrue(n >= 30 && printed >= 20, n + " cases, " + printed + " printed");
    }
}
