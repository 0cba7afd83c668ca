package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.text.HexText;

/**
 * Runs our verifier on every corpus program (src/test/resources/verifier/corpus/TYPE/NAME.hex)
 * and compares with what Linux 6.18 said (NAME.expect, NAME.l1.log, NAME.l2.log, recorded by
 * scripts/record-verifier-corpus.sh). The generated corpus (corpus-gen/, written by
 * scripts/gen-verifier-programs.py and recorded with the same script's --dir) is compared the same
 * way and reported separately. Writes target/verifier-report.md and asserts the agreement rates
 * reached so far for both corpora, so that a regression fails the build.
 */
class VerifierCorpusTest {
    private static final Path CORPUS = Paths.get("src/test/resources/verifier/corpus");
    /** Programs written by scripts/gen-verifier-programs.py, recorded the same way; reported separately. */
    private static final Path GENERATED = Paths.get("src/test/resources/verifier/corpus-gen");
    /**
     * The CAP_BPF-without-CAP_PERFMON corpus (recorded with scripts/record-verifier-corpus.sh
     * --mode cap_bpf; the root- programs are the root corpus copied by --copy-from), run with
     * PrivilegeMode.CAP_BPF and reported separately.
     */
    private static final Path CAP_BPF = Paths.get("src/test/resources/verifier/corpus-cap_bpf");
    private static final Pattern INSN_LINE = Pattern.compile("^\\d+: \\([0-9a-f]{2}\\).*");
    private static final Pattern PROCESSED = Pattern.compile("processed (\\d+) insns .*total_states (\\d+) peak_states (\\d+)");

    /** One program's comparison. */
    record Row(String name, String category, boolean kAccepted, boolean ours, String kMsg, String oMsg,
               String kProcessed, String oProcessed, boolean l1Same, boolean l2Same, boolean l2Compared) {
    }

    static final class Tally {
        int n;
        int verdictSame;
        int bothReject;
        int msgSame;
        int bothAccept;
        int processedSame;
        int l1Same;
        int l2Same;
        int falseAccept;

        void add(Row r) {
            n++;
            if (r.kAccepted == r.ours) {
                verdictSame++;
            }
            if (!r.kAccepted && r.ours) {
                falseAccept++;
            }
            if (!r.kAccepted && !r.ours) {
                bothReject++;
                if (r.kMsg.equals(r.oMsg)) {
                    msgSame++;
                }
            }
            if (r.kAccepted && r.ours) {
                bothAccept++;
                if (r.kProcessed.equals(r.oProcessed)) {
                    processedSame++;
                }
            }
            if (r.l1Same) {
                l1Same++;
            }
            if (r.l2Same) {
                l2Same++;
            }
        }

        static String pct(int a, int b) {
            return b == 0 ? "-" : String.format("%d/%d (%.1f%%)", a, b, 100.0 * a / b);
        }

        double rate(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    static String message(String log) {
        String[] lines = log.split("\n");
        int end = lines.length;
        while (end > 0 && !lines[end - 1].startsWith("processed ")) {
            end--;
        }
        end--;
        int start = 0;
        for (int i = 0; i < end; i++) {
            if (INSN_LINE.matcher(lines[i]).matches()) {
                start = i + 1;
            }
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, start), Math.max(0, end)));
    }

    static String processed(String log) {
        Matcher m = PROCESSED.matcher(log);
        return m.find() ? m.group(1) : "?";
    }

    static byte[] hex(String text) {
        HexText.Parsed hex = HexText.parseFile(text);
        assertTrue(hex.ok(), () -> "corpus .hex file: " + hex.describe());
        return hex.bytes();
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /** The NAME.maps sidecar: one kernel-oracle --map spec a line (none: no maps). */
    static List<MapSpec> maps(Path p) throws IOException {
        List<MapSpec> maps = new ArrayList<>();
        if (Files.exists(p)) {
            for (String line : read(p).split("\n")) {
                if (!line.isBlank()) {
                    maps.add(MapSpec.parse(line.trim()));
                }
            }
        }
        return maps;
    }

    static List<Row> runCorpus(Path root) throws IOException {
        return runCorpus(root, PrivilegeMode.ROOT);
    }

    static List<Row> runCorpus(Path root, PrivilegeMode mode) throws IOException {
        return runCorpus(root, mode, name -> true);
    }

    /** The programs of a corpus whose names pass {@code names}, compared with their recordings. */
    static List<Row> runCorpus(Path root, PrivilegeMode mode, java.util.function.Predicate<String> names)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Path> expects;
        try (Stream<Path> s = Files.walk(root)) {
            expects = s.filter(p -> p.toString().endsWith(".expect")).sorted().toList();
        }
        for (Path expect : expects) {
            String base = expect.toString().substring(0, expect.toString().length() - ".expect".length());
            ProgramType type = ProgramType.byName(expect.getParent().getFileName().toString());
            String name = expect.getFileName().toString().replace(".expect", "");
            if (!names.test(name)) {
                continue;
            }
            String program = programBase(root, expect.getParent().getFileName().toString(), name, base);
            boolean kAcc = read(expect).contains("accepted=true");
            String kL1 = read(Paths.get(base + ".l1.log"));
            String kL2 = read(Paths.get(base + ".l2.log"));
            byte[] code = hex(read(Paths.get(program + ".hex")));
            List<MapSpec> maps = maps(Paths.get(program + ".maps"));
            VerificationResult r1 = Verifier.verify(code, new VerifierOptions(type, 1, mode).withMaps(maps));
            // a run into the million-instruction limit (the kernel's level-1 log overflowed too, kept as
            // its tail) is not repeated at level 2: that log takes tens of seconds to write
            boolean millionInsns = kL1.length() == TAIL_BYTES && r1.log().length() > 1 << 20;
            VerificationResult r2 = millionInsns ? null
                    : Verifier.verify(code, new VerifierOptions(type, 2, mode).withMaps(maps));
            String cat = name.substring(0, name.indexOf('_'));
            if (r2 != null && !sameLog(kL2, r2.log())) {
                dumpL2(root, type.oracleName + "/" + name, kL2, r2.log());
            }
            rows.add(new Row(type.oracleName + "/" + name, cat, kAcc, r1.accepted(), message(kL1), message(r1.log()),
                    processed(kL1), processed(r1.log()), sameLog(kL1, r1.log()), r2 != null && sameLog(kL2, r2.log()),
                    r2 != null));
        }
        return rows;
    }

    /**
     * Where the program of a recording is: next to it, or for {@code root-NAME} without a .hex of its
     * own (the root corpus re-recorded in another mode) the root corpus's NAME beside this corpus.
     */
    static String programBase(Path root, String type, String name, String base) {
        if (Files.exists(Paths.get(base + ".hex")) || !name.startsWith(ROOT_COPY)) {
            return base;
        }
        return root.resolveSibling("corpus").resolve(type).resolve(name.substring(ROOT_COPY.length())).toString();
    }

    private static final String ROOT_COPY = "root-";

    /**
     * Whether our log is the kernel's. A kernel log that filled its 16 MiB buffer (a million processed
     * instructions) is stored as its last 2 KiB only: then ours must also have overflowed the buffer
     * (more than 1 MiB) and end with exactly those bytes.
     */
    static boolean sameLog(String kernel, String ours) {
        if (kernel.length() == TAIL_BYTES && ours.length() > 1 << 20) {
            return ours.endsWith(kernel);
        }
        return kernel.equals(ours);
    }

    /** What the recording script keeps of a kernel log over 1 MiB. */
    private static final int TAIL_BYTES = 2048;

    /**
     * Diagnostic: both level-2 logs of a program whose level-2 log differs, under
     * target/l2-diff/CORPUS/TYPE/NAME.{kernel,ours}.log, so that `diff` shows the first difference.
     */
    private static void dumpL2(Path root, String name, String kernel, String ours) throws IOException {
        Path dir = Paths.get("target/l2-diff", root.getFileName().toString());
        Path k = dir.resolve(name + ".kernel.log");
        Files.createDirectories(k.getParent());
        Files.write(k, kernel.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(name + ".ours.log"), ours.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends one corpus's per-category table to the report and returns its overall tally. */
    private static Tally summary(StringBuilder md, String title, Path root, List<Row> rows) {
        Tally all = new Tally();
        Map<String, Tally> byCat = new TreeMap<>();
        for (Row r : rows) {
            all.add(r);
            byCat.computeIfAbsent(r.category(), k -> new Tally()).add(r);
        }
        md.append("## ").append(title).append("\n\n");
        md.append("Corpus: ").append(rows.size()).append(" programs (engine/").append(root.toString().replace('\\', '/'))
                .append(").\n\n");
        md.append("| category | programs | verdict | message (both reject) | processed insns (both accept) | level-1 log identical | level-2 log identical |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Tally> e : byCat.entrySet()) {
            line(md, e.getKey(), e.getValue());
        }
        line(md, "**all**", all);
        md.append("\nFalse accepts (kernel rejects, we accept): ").append(all.falseAccept).append("\n\n");
        Map<String, Tally> byType = new TreeMap<>();
        for (Row r : rows) {
            byType.computeIfAbsent(r.name().substring(0, r.name().indexOf('/')), k -> new Tally()).add(r);
        }
        if (byType.size() > 1) {
            md.append("By program type:\n\n");
            md.append("| program type | programs | verdict | message (both reject) | processed insns (both accept) | level-1 log identical | level-2 log identical |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Map.Entry<String, Tally> e : byType.entrySet()) {
                line(md, e.getKey(), e.getValue());
            }
            md.append('\n');
        }
        return all;
    }

    private static void disagreements(StringBuilder md, String title, List<Row> rows) {
        md.append("## Disagreements: ").append(title).append("\n\n");
        for (Row r : rows) {
            if (r.kAccepted != r.ours) {
                md.append("- `").append(r.name()).append("` verdict: kernel ").append(r.kAccepted ? "accepts" : "rejects: " + r.kMsg)
                        .append(" / ours ").append(r.ours ? "accepts" : "rejects: " + r.oMsg).append('\n');
            } else if (!r.kAccepted && !r.kMsg.equals(r.oMsg)) {
                md.append("- `").append(r.name()).append("` message: kernel `").append(r.kMsg.replace("\n", "\\n"))
                        .append("` / ours `").append(r.oMsg.replace("\n", "\\n")).append("`\n");
            } else if (r.kAccepted && !r.kProcessed.equals(r.oProcessed)) {
                md.append("- `").append(r.name()).append("` processed: kernel ").append(r.kProcessed).append(" / ours ")
                        .append(r.oProcessed).append('\n');
            } else if (!r.l1Same) {
                md.append("- `").append(r.name()).append("` level-1 log differs\n");
            } else if (!r.l2Compared) {
                md.append("- `").append(r.name()).append("` level-2 log not compared: a run to the million-instruction"
                        + " limit (its level-1 log's recorded tail is identical)\n");
            } else if (!r.l2Same) {
                md.append("- `").append(r.name()).append("` level-2 log differs\n");
            }
        }
        md.append('\n');
    }

    @Test
    void agreesWithKernelRecordings() throws IOException {
        List<Row> hand = runCorpus(CORPUS);
        Tally base = new Tally();
        Tally mapsT = new Tally();
        for (Row r : hand) {
            (MAP_CATEGORIES.contains(r.category()) ? mapsT : base).add(r);
        }
        List<Row> gen = runCorpus(GENERATED);
        List<Row> cap = runCorpus(CAP_BPF, PrivilegeMode.CAP_BPF);
        StringBuilder md = new StringBuilder("# Verifier agreement with Linux 6.18\n\n");
        Tally all = summary(md, "Hand-written corpus (root)", CORPUS, hand);
        Tally g = summary(md, "Generated corpus (root, scripts/gen-verifier-programs.py)", GENERATED, gen);
        Tally c = summary(md, "CAP_BPF corpus (CAP_BPF without CAP_PERFMON)", CAP_BPF, cap);
        int head = md.length();
        disagreements(md, "hand-written corpus", hand);
        disagreements(md, "generated corpus", gen);
        disagreements(md, "CAP_BPF corpus", cap);
        Path out = Paths.get("target/verifier-report.md");
        Files.createDirectories(out.getParent());
        Files.write(out, md.toString().getBytes(StandardCharsets.UTF_8));
        System.out.println(md.substring(0, head));
        // floors reached so far: raise them as the verifier improves, never lower them
        assertAll(
                () -> assertTrue(all.n >= 1150, "corpus too small: " + all.n),
                () -> assertTrue(all.falseAccept == 0, "we accept a program the kernel rejects"),
                () -> assertTrue(all.rate(all.verdictSame, all.n) >= 0.98, "verdict agreement below 98%"),
                () -> assertTrue(base.rate(base.verdictSame, base.n) >= VERDICT_FLOOR, "verdict agreement regressed"),
                () -> assertTrue(base.rate(base.msgSame, base.bothReject) >= MESSAGE_FLOOR, "message agreement regressed"),
                () -> assertTrue(base.rate(base.processedSame, base.bothAccept) >= PROCESSED_FLOOR,
                        "processed-insns agreement regressed"),
                () -> assertTrue(base.rate(base.l1Same, base.n) >= LOG1_FLOOR, "level-1 log agreement regressed"),
                () -> assertTrue(mapsT.n >= MAPS_MIN_PROGRAMS, "map/helper corpus too small: " + mapsT.n),
                () -> assertTrue(mapsT.rate(mapsT.verdictSame, mapsT.n) >= MAPS_VERDICT_FLOOR,
                        "map/helper verdict agreement regressed"),
                () -> assertTrue(mapsT.rate(mapsT.msgSame, mapsT.bothReject) >= MAPS_MESSAGE_FLOOR,
                        "map/helper message agreement regressed"),
                () -> assertTrue(mapsT.rate(mapsT.processedSame, mapsT.bothAccept) >= MAPS_PROCESSED_FLOOR,
                        "map/helper processed-insns agreement regressed"),
                () -> assertTrue(mapsT.rate(mapsT.l1Same, mapsT.n) >= MAPS_LOG1_FLOOR,
                        "map/helper level-1 log agreement regressed"),
                () -> assertTrue(base.rate(base.l2Same, base.n) >= LOG2_FLOOR, "level-2 log agreement regressed"),
                () -> assertTrue(mapsT.rate(mapsT.l2Same, mapsT.n) >= MAPS_LOG2_FLOOR,
                        "map/helper level-2 log agreement regressed"),
                () -> assertTrue(c.n >= CAP_MIN_PROGRAMS, "cap_bpf corpus too small: " + c.n),
                () -> assertTrue(c.falseAccept <= CAP_FALSE_ACCEPT_CEILING, "cap_bpf: more false accepts: " + c.falseAccept),
                () -> assertTrue(c.rate(c.verdictSame, c.n) >= CAP_VERDICT_FLOOR, "cap_bpf: verdict agreement regressed"),
                () -> assertTrue(c.rate(c.msgSame, c.bothReject) >= CAP_MESSAGE_FLOOR, "cap_bpf: message agreement regressed"),
                () -> assertTrue(c.rate(c.processedSame, c.bothAccept) >= CAP_PROCESSED_FLOOR,
                        "cap_bpf: processed-insns agreement regressed"),
                () -> assertTrue(c.rate(c.l1Same, c.n) >= CAP_LOG1_FLOOR, "cap_bpf: level-1 log agreement regressed"),
                () -> assertTrue(c.rate(c.l2Same, c.n) >= CAP_LOG2_FLOOR, "cap_bpf: level-2 log agreement regressed"),
                () -> assertTrue(g.n >= GEN_MIN_PROGRAMS, "generated corpus too small: " + g.n),
                () -> assertTrue(g.falseAccept <= GEN_FALSE_ACCEPT_CEILING, "generated: more false accepts: " + g.falseAccept),
                () -> assertTrue(g.rate(g.verdictSame, g.n) >= GEN_VERDICT_FLOOR, "generated: verdict agreement regressed"),
                () -> assertTrue(g.rate(g.msgSame, g.bothReject) >= GEN_MESSAGE_FLOOR, "generated: message agreement regressed"),
                () -> assertTrue(g.rate(g.processedSame, g.bothAccept) >= GEN_PROCESSED_FLOOR,
                        "generated: processed-insns agreement regressed"),
                () -> assertTrue(g.rate(g.l1Same, g.n) >= GEN_LOG1_FLOOR, "generated: level-1 log agreement regressed"),
                () -> assertTrue(g.rate(g.l2Same, g.n) >= GEN_LOG2_FLOOR, "generated: level-2 log agreement regressed"));
    }

    /** Categories of the programs with maps and helper calls (issue 4, maps/helpers part; mim: maps in maps): own floors. */
    static final java.util.Set<String> MAP_CATEGORIES = java.util.Set.of("map", "helper", "ref", "tail", "mim");
    // 254 programs at the first recording, 500+ now; verdict, message, processed and level-1 log
    // all 100% (issue 4 asks at least 98% / 90% / 80% / 70%); raise, never lower
    static final int MAPS_MIN_PROGRAMS = 500;
    static final double MAPS_VERDICT_FLOOR = 1.0;
    static final double MAPS_MESSAGE_FLOOR = 1.0;
    static final double MAPS_PROCESSED_FLOOR = 1.0;
    static final double MAPS_LOG1_FLOOR = 1.0;
    /** Level 2 of the map/helper programs: 249/339 before the 6.18 precision rules (zero stack stores, sizes), then all. */
    static final double MAPS_LOG2_FLOOR = 0.99;

    /** Floors of the programs without maps (the other categories). */
    static final double VERDICT_FLOOR = 1.0;
    static final double MESSAGE_FLOOR = 1.0;
    static final double PROCESSED_FLOOR = 1.0;
    static final double LOG1_FLOOR = 1.0;
    /** Level 2: 0.98 before precision backtracking followed the kernel's rules (calls, linked regs, zero stores). */
    static final double LOG2_FLOOR = 0.99;

    // CAP_BPF corpus (PrivilegeMode.CAP_BPF): the figures reached so far (raise, never lower)
    static final int CAP_MIN_PROGRAMS = 1200;
    static final int CAP_FALSE_ACCEPT_CEILING = 0;
    static final double CAP_VERDICT_FLOOR = 1.0;
    static final double CAP_MESSAGE_FLOOR = 1.0;
    static final double CAP_PROCESSED_FLOOR = 1.0;
    static final double CAP_LOG1_FLOOR = 1.0;
    static final double CAP_LOG2_FLOOR = 0.99;

    // generated corpus: the figures measured when it was recorded (not targets; raise, never lower)
    static final int GEN_MIN_PROGRAMS = 1400;
    static final int GEN_FALSE_ACCEPT_CEILING = 0;
    static final double GEN_VERDICT_FLOOR = 1.0;
    static final double GEN_MESSAGE_FLOOR = 1.0;
    static final double GEN_PROCESSED_FLOOR = 1.0;
    static final double GEN_LOG1_FLOOR = 1.0;
    /**
     * Level 2: 993/1446 at recording; 1437/1446 once mark_precise, stack-liveness and SCC lines were
     * added; 1446/1446 once backtracking went through bpf-to-bpf calls and exits.
     */
    static final double GEN_LOG2_FLOOR = 1.0;

    private static void line(StringBuilder md, String cat, Tally t) {
        md.append("| ").append(cat).append(" | ").append(t.n).append(" | ").append(Tally.pct(t.verdictSame, t.n))
                .append(" | ").append(Tally.pct(t.msgSame, t.bothReject)).append(" | ")
                .append(Tally.pct(t.processedSame, t.bothAccept)).append(" | ").append(Tally.pct(t.l1Same, t.n))
                .append(" | ").append(Tally.pct(t.l2Same, t.n)).append(" |\n");
    }
}
