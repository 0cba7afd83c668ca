/*
 * Runs every program in the repository's examples/ directory with the command its header documents
 * (`# run: bpfplay run ...`) through the CLI, and checks the result against the kernel's recording
 * (examples/expected/NAME.json: retval, data_out, dumped maps, recorded by scripts/check-examples.sh)
 * where there is one, and against the header's `# expect...` lines always. examples/ is found by walking
 * up from the working directory (override: -Dbpfplay.examples=DIR); the tests are skipped without it.
 */
package org.bpfplay.engine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bpfplay.engine.cli.CliForTests;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ExamplesTest {
    private static final Pattern ENTRY = Pattern.compile("\"key\":\\s*(\"[0-9a-f]*\"|null),\\s*\"value\":\\s*\"([0-9a-f]*)\"");

    /** examples/ of the repository, or null when the tests do not run inside a checkout. */
    static Path examplesDir() {
        String override = System.getProperty("bpfplay.examples");
        if (override != null) {
            return Path.of(override);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/expected"))) {
                return p.resolve("examples");
            }
        }
        return null;
    }

    private static Path dir() {
        Path d = examplesDir();
        Assumptions.assumeTrue(d != null, "no examples/ directory above " + Path.of("").toAbsolutePath() + "; skipping");
        return d;
    }

    private static List<Path> examples(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
    }

    /** Splits a shell command line: whitespace separates, '...' and "..." quote. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w = w == null ? new StringBuilder() : w;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    private static List<String> header(String source, String key) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^# " + Pattern.quote(key) + ": (.*)$").matcher(source);
        while (m.find()) {
            values.add(m.group(1).strip());
        }
        return values;
    }

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*(\"[^\"]*\"|-?[0-9]+|null)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> entries(String json) {
        List<String> list = new ArrayList<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            list.add(m.group(1) + "=" + m.group(2));
        }
        return list;
    }

    @Test
    void thereAreAtLeastTwelveDocumentedExamplesAllAcceptedByTheKernel() throws IOException {
        Path dir = dir();
        List<Path> files = examples(dir);
        assertTrue(files.size() >= 12, "only " + files.size() + " examples");
        String verdicts = Files.readString(dir.resolve("expected/verdicts.txt"));
        for (Path f : files) {
            String src = Files.readString(f);
            assertEquals(1, header(src, "run").size(), f + " needs one '# run: bpfplay run ...' line");
            assertTrue(header(src, "run").get(0).startsWith("bpfplay run "), f.toString());
            assertEquals(1, header(src, "expect").size(), f + " needs one '# expect: retval=...' line");
            String rel = "examples/" + f.getFileName();
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(rel) + " \\S+ accepted$").matcher(verdicts).find(),
                    rel + " is not recorded as accepted by the kernel in expected/verdicts.txt");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAsDocumented() throws IOException {
        Path dir = dir();
        Path root = dir.getParent();
        return examples(dir).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(root, f)));
    }

    private static void check(Path root, Path file) throws IOException {
        String src = Files.readString(file);
        List<String> words = shellWords(header(src, "run").get(0));
        assertEquals(List.of("bpfplay", "run"), words.subList(0, 2));
        List<String> args = new ArrayList<>();
        args.add("run");
        String type = "socket_filter";
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 2 && words.get(i - 1).equals("--type")) {
                type = w;
            }
            // paths in the header are relative to the repository root
            w = w.startsWith("examples/") ? root.resolve(w).toString() : w.replace("=examples/", "=" + root + "/examples/");
            args.add(w);
        }
        args.add("--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CliForTests.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, file + ": " + err.toString(StandardCharsets.UTF_8) + json);

        String name = file.getFileName().toString().replaceAll("\\.s$", "");
        Path kernel = file.getParent().resolve("expected/" + name + ".json");
        if (Files.exists(kernel)) {
            String k = Files.readString(kernel);
            assertEquals(field(k, "retval"), field(json, "retval"), "retval differs from the kernel's");
            assertEquals(field(k, "data_out"), field(json, "data_out"), "data_out differs from the kernel's");
            assertEquals(entries(k), entries(json), "dumped maps differ from the kernel's");
        }

        String expect = header(src, "expect").get(0);
        Matcher m = Pattern.compile("retval=(\\S+)").matcher(expect);
        assertTrue(m.find(), "'# expect:' needs retval=...");
        long retval = Long.parseLong(field(json, "retval"));
        ProgramType t = ProgramType.byName(type);
        assertNotNull(t, type);
        String want = m.group(1);
        if (want.matches("-?[0-9]+")) {
            assertEquals(Long.parseLong(want), retval);
        } else {
            assertEquals(want, t.returnName(retval));
        }
        for (String e : header(src, "expect-map")) {
            String[] p = e.split(" ", 2);
            String[] kv = p[1].split("=", 2);
            Matcher dump = Pattern.compile("\"" + Pattern.quote(p[0]) + "\": \\[([^\\]]*)\\]").matcher(json);
            assertTrue(dump.find(), "no dump of map " + p[0] + " in " + json);
            assertTrue(entries(dump.group(1)).contains("\"" + kv[0] + "\"=" + kv[1]), e + " not in " + dump.group(1));
        }
        for (String e : header(src, "expect-entries")) {
            String[] p = e.split(" ");
            Matcher dump = Pattern.compile("\"" + Pattern.quote(p[0]) + "\": \\[([^\\]]*)\\]").matcher(json);
            assertTrue(dump.find(), "no dump of map " + p[0] + " in " + json);
            assertEquals(Integer.parseInt(p[1]), entries(dump.group(1)).size(), e + ": " + dump.group(1));
        }
        for (String e : header(src, "expect-trace")) {
            assertTrue(json.contains(e), "trace '" + e + "' not in " + json);
        }
    }

    @Test
    void shellWordsKeepQuotedPacketDescriptions() {
        assertEquals(List.of("run", "--packet", "eth ipv4 payload=\"a b\"", "x.s"),
                shellWords("run --packet 'eth ipv4 payload=\"a b\"' x.s"));
    }
}
