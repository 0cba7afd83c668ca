/*
 * One row of the maps+helpers differential suite (diff/maps-helpers/expected.jsonl, written by
 * scripts/record-kernel-map-runs.py): the run's inputs and the kernel's answer, read with a pattern per
 * field (the file is machine-written JSON whose strings hold no escapes, brackets or braces).
 */
package org.bpfplay.engine.runtime;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public record MapHelperRow(String file, String type, String packet, byte[] data, byte[] ctx, List<String> maps,
                    List<String> inits, int cpus, byte[] insns, long retval, byte[] dataOut,
                    Map<String, TreeSet<String>> dumps) {

    private static final Pattern DUMP = Pattern.compile("\"([^\"]+)\": (null|\\[([^\\]]*)\\])");
    private static final Pattern ENTRY = Pattern.compile("\\{\"key\": \"([0-9a-f]*)\", \"value\": \"([0-9a-f]*)\"\\}");

    static MapHelperRow parse(String line) {
        return new MapHelperRow(RuntimeCasesTest.str(line, "file"), RuntimeCasesTest.str(line, "type"),
                RuntimeCasesTest.str(line, "packet"), hex(RuntimeCasesTest.str(line, "data")),
                hex(RuntimeCasesTest.str(line, "ctx")), RuntimeCasesTest.list(line, "maps"),
                RuntimeCasesTest.list(line, "inits"), (int) num(line, "cpus"), hex(RuntimeCasesTest.str(line, "insns")),
                num(line, "retval"), hex(RuntimeCasesTest.str(line, "data_out")), dumps(line));
    }

    String name() {
        return file + " [" + packet + "]";
    }

    /** Each dumped map's entries as "KEYHEX VALUEHEX" strings; maps the kernel cannot dump (null) are absent. */
    public static Map<String, TreeSet<String>> dumps(String line) {
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

    private static long num(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9]+)").matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("row without " + key + ": " + line.substring(0, Math.min(120, line.length())));
        }
        return Long.parseLong(m.group(1));
    }

    private static byte[] hex(String s) {
        return s == null ? null : HexFormat.of().parseHex(s);
    }
}
