/*
 * The socket helpers in the interpreter against BPF_PROG_TEST_RUN (runtime/sock-helpers.txt, recorded
 * by scripts/record-sock-helper-runs.sh): lookups find no socket, sk_fullsock hands skb->sk back,
 * tcp_sock and get_listener_sock give NULL for it. Each program's return value tells which branch ran.
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.cli.CliForTests;
import org.junit.jupiter.api.Test;

class SockHelpersTest {
    private static final String DIR = "src/test/resources/runtime/sock-helpers/";

    @Test
    void returnValuesMatchTheKernel() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/runtime/sock-helpers.txt")) {
            assertNotNull(in, "sock-helpers.txt");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = CliForTests.run(List.of("run", DIR + f[0], "--type", f[1], "--data", f[2]),
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String o = out.toString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("retval: (\\d+)").matcher(o);
            String got = code == 0 && m.find() ? m.group(1) : "exit " + code + " " + o + err;
            if (!got.equals(f[3])) {
                wrong.add(f[0] + " " + f[1] + ": kernel " + f[3] + ", we " + got);
            }
            n++;
        }
        assertTrue(n >= 9, n + " cases");
        assertEquals(List.of(), wrong);
    }
}
