package org.bpfplay.engine.jit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recorded kernel run of the differential corpora (diff/run and diff/maps-helpers, recorded with
 * kernel-oracle by scripts/record-kernel-runs.sh and scripts/record-kernel-map-runs.py): the fields
 * the JIT's differential test needs, read with one pattern per field (plain strings, integers,
 * string lists, and the map dumps as "KEYHEX VALUEHEX" sets; maps the kernel could not dump are absent).
 */
record KernelRow(String file, String type, String packet, byte[] data, byte[] ctx, List<String> maps,
                 List<String> inits, int cpus, byte[] insns, long retval, byte[] dataOut,
                 Map<String, TreeSet<String>> dumps) {
    private static final Pattern DUMP = Pattern.compile("\"([^\"]+)\": (null|\\[([^\\]]*)\\])");
    private static final Pattern ENTRY = Pattern.compile("\\{\"key\": \"([0-9a-f]*)\", \"value\": \"([0-9a-f]*)\"\\}");

    static List<KernelRow> load(String resource) throws IOException {
        try (InputStream in = KernelRow.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            List<KernelRow> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(parse(line));
                }
            }
            return out;
        }
    }

    static KernelRow parse(String line) {
        String cpus = num(line, "cpus");
        return new KernelRow(str(line, "file"), str(line, "type"), str(line, "packet"), hex(str(line, "data")),
                hex(str(line, "ctx")), list(line, "maps"), list(line, "inits"), cpus == null ? 1 : Integer.parseInt(cpus),
                hex(str(line, "insns")), Long.parseLong(num(line, "retval")), hex(str(line, "data_out")), dumps(line));
    }

    String name() {
        return file + " [" + packet + "]";
    }

    private static String str(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static String num(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9]+)").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> list(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\[([^\\]]*)\\]").matcher(line);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
            while (s.find()) {
                out.add(s.group(1));
            }
        }
        return out;
    }

    private static Map<String, TreeSet<String>> dumps(String line) {
        int from = line.indexOf("\"dumps\": {");
        int to = line.indexOf(", \"command\"", from);
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        if (from < 0 || to < 0) {
            return out;
        }
        Matcher m = DUMP.matcher(line.substring(from + "\"dumps\": {".length(), to));
        while (m.find()) {
            if (m.group(3) == null) {
                continue;
            }
            TreeSet<String> entries = new TreeSet<>();
            Matcher e = ENTRY.matcher(m.group(3));
            while (e.find()) {
                entries.add(e.group(1) + " " + e.group(2));
            }
            out.put(m.group(1), entries);
        }
        return out;
    }

    private static byte[] hex(String s) {
        return s == null ? null : HexFormat.of().parseHex(s);
    }
}
