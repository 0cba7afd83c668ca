/*
 * The run command end to end: programs and expected results are taken from kernel recordings (the
 * differential corpus diff/run/expected.jsonl and runtime/cases.jsonl), written to .hex files and run
 * through Main like a user would; output fields, order, errors and exit codes are checked.
 */
package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = RunCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    private static String field(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (\"[^\"]*\"|-?[0-9]+|null)").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** The first corpus row of a type whose packet is {@code packet}. */
    private static String row(String type, String packet) throws IOException {
        for (String l : lines("diff/run/expected.jsonl")) {
            if (("\"" + type + "\"").equals(field(l, "type")) && ("\"" + packet + "\"").equals(field(l, "packet"))
                    && field(l, "ctx") == null) {
                return l;
            }
        }
        throw new AssertionError("no " + type + " row");
    }

    private Path hexFile(String name, String line) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, unquote(field(line, "insns")));
        return p;
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    @Test
    void jsonGivesTheKernelsRetvalAndDataOutPerProgramInInputOrder() throws IOException {
        String a = row("socket_filter", "udp64");
        String b = row("socket_filter", "udp64").equals(a) ? lines("diff/run/expected.jsonl").stream()
                .filter(l -> "\"socket_filter\"".equals(field(l, "type")) && "\"udp64\"".equals(field(l, "packet"))
                        && field(l, "ctx") == null && !l.equals(a)).findFirst().orElseThrow() : a;
        Result r = main("run", "--type", "socket_filter", "--data", unquote(field(a, "data")), "--json",
                hexFile("a.hex", a).toString(), hexFile("b.hex", b).toString());
        assertEquals(0, r.code(), r.err());
        String[] out = r.out().split("\n");
        assertEquals(2, out.length, r.out());
        String[] rows = {a, b};
        for (int i = 0; i < 2; i++) {
            assertTrue(out[i].startsWith("{\"program\": \"" + dir.resolve(i == 0 ? "a.hex" : "b.hex") + "\""), out[i]);
            assertEquals(field(rows[i], "retval"), field(out[i], "retval"), out[i]);
            assertEquals(field(rows[i], "data_out"), field(out[i], "data_out"), out[i]);
            assertTrue(out[i].contains("\"ns_per_run\": ") && out[i].contains("\"insns_executed\": ")
                    && out[i].contains("\"r0\": \"0x") && out[i].contains("\"fault\": null"), out[i]);
        }
    }

    @Test
    void xdpTextOutputNamesTheRetval() throws IOException {
        String a = row("xdp", "udp64");
        Result r = main("run", "--type", "xdp", "--data", unquote(field(a, "data")), hexFile("x.hex", a).toString());
        assertEquals(0, r.code(), r.err());
        long retval = Long.parseLong(field(a, "retval"));
        assertTrue(r.out().startsWith("retval: " + retval + " (0x" + Long.toHexString(retval) + ")"), r.out());
        assertTrue(r.out().contains("\ninsns_executed: "), r.out());
    }

    @Test
    void mapsInitAndDumpAsKernelOracle() throws IOException {
        String c = lines("runtime/cases.jsonl").stream().filter(l -> l.contains("\"name\": \"hash_lookup_hit\""))
                .findFirst().orElseThrow();
        Result r = main("run", "--type", "xdp", "--data", unquote(field(c, "data")), "--map", "a:array:4:8:2",
                "--map", "b:hash:4:8:4", "--init", "b:01000000=0700000000000000", "--dump", "b", "--json",
                hexFile("m.hex", c).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(field(c, "retval"), field(r.out(), "retval"));
        // the entry list as recorded from kernel-oracle's "maps" (runtime/cases.jsonl "entries": b:KEY=VALUE)
        assertTrue(r.out().contains("\"maps\": {\"b\": [{\"key\": \"01000000\", \"value\": \"0700000000000000\"}]}"), r.out());
    }

    @Test
    void aRunTheKernelRefusesIsAProgramError() throws IOException {
        String a = row("socket_filter", "udp64");
        Result r = main("run", "--data", "0011", "--json", hexFile("a.hex", a).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"error\": \"BPF_PROG_TEST_RUN failed: Invalid argument"), r.out());
        assertTrue(r.err().contains("Invalid argument"), r.err());
    }

    @Test
    void assemblyIsAssembledWithTheCommandLineMaps() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nr1 = counts ll\n"
                + "call bpf_map_lookup_elem\nif r0 == 0 goto out\nr1 = 7\n*(u64 *)(r0 + 0) = r1\n"
                + "out:\nr0 = 42\nexit\n");
        Result r = main("run", "--type", "xdp", "--map", "counts:array:4:8:2", "--dump", "counts", "--json",
                "--data", "00112233445566778899aabbccdd0800", s.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"retval\": 42"), r.out());
        assertTrue(r.out().contains("{\"key\": \"00000000\", \"value\": \"0700000000000000\"}"), r.out());
    }

    @Test
    void assemblyErrorsNameFileLineAndColumn() throws IOException {
        Path s = dir.resolve("bad.s");
        Files.writeString(s, "r0 = 0\nr0 += r12\nexit\n");
        Result r = main("run", "--data", "00112233445566778899aabbccdd0800", s.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.s:2:7: error: unknown register r12"), r.err());
    }

    @Test
    void badCommandLinesAreUsageErrors() throws IOException {
        String a = row("xdp", "udp64");
        String f = hexFile("x.hex", a).toString();
        assertEquals(2, main("run").code());
        assertEquals(2, main("run", "--bogus", f).code());
        assertEquals(2, main("run", "--type", "nonsense", f).code());
        assertEquals(2, main("run", "--data", "xyz", f).code());
        assertEquals(2, main("run", "--repeat", "0", f).code());
        assertEquals(2, main("run", "--cpus", "0", f).code());
        assertEquals(2, main("run", "--seed", "x", f).code());
        assertEquals(2, main("run", "--map", "m:array:4", f).code());
        assertEquals(2, main("run", "--init", "nocolon", f).code());
        Result r = main("run", "--type", "nonsense", f);
        assertTrue(r.err().contains("unknown program type 'nonsense'"), r.err());
    }

    @Test
    void missingFileAndOddLengthAreProgramErrors() throws IOException {
        assertEquals(1, main("run", "--data", "00112233445566778899aabbccdd0800", dir.resolve("none.hex").toString()).code());
        Path odd = dir.resolve("odd.hex");
        Files.writeString(odd, "b70000000000");
        Result r = main("run", "--data", "00112233445566778899aabbccdd0800", odd.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not a multiple of 8"), r.err());
    }
}
