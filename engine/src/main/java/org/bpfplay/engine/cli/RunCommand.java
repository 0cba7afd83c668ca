package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.MapInit;
import org.bpfplay.engine.runtime.Prepared;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.bpfplay.engine.runtime.RunOutcome;

/**
 * {@code run FILE...}: runs programs in the interpreter with kernel-oracle's flags and output. Each
 * program gets its own maps; with {@code --json} one object per program and line, in input order, with
 * kernel-oracle's fields ({@code program, retval, data_out, maps, ns_per_run}) plus ours ({@code r0},
 * {@code insns_executed}, {@code fault}, {@code events}).
 */
final class RunCommand implements Command {
    @Override
    public String summary() {
        return "run FILE... [--type T] [--map NAME:TYPE:KS:VS:MAX[:FLAGS]] [--init NAME:KEYHEX=VALUEHEX] [--data HEX]"
                + " [--ctx HEX] [--repeat N] [--dump MAP] [--cpus N] [--seed N] [--json]: run .hex/.bin/.s programs in the interpreter";
    }

    /** The parsed command line. */
    private record Options(List<String> files, ProgramType type, List<MapSpec> maps, List<MapInit> inits,
                           byte[] data, byte[] ctx, int repeat, List<String> dumps, int cpus, long seed, boolean json) {
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bpfplay run: " + e.getMessage());
            err.println("usage: " + summary());
            return USAGE;
        }
        int code = OK;
        for (String file : o.files()) {
            int c = runOne(file, o, out, err);
            code = Math.max(code, c);
        }
        return code;
    }

    private static Options parse(List<String> args) {
        List<String> files = new ArrayList<>();
        ProgramType type = ProgramType.SOCKET_FILTER;
        List<MapSpec> maps = new ArrayList<>();
        List<MapInit> inits = new ArrayList<>();
        List<String> dumps = new ArrayList<>();
        byte[] data = new byte[0];
        byte[] ctx = null;
        int repeat = 1;
        int cpus = 1;
        long seed = 0;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--type" -> {
                    String t = value(args, ++i, a);
                    type = ProgramType.byName(t);
                    if (type == null) {
                        throw new IllegalArgumentException("unknown program type '" + t + "' (known: " + ProgramType.names() + ")");
                    }
                }
                case "--map" -> maps.add(MapSpec.parse(value(args, ++i, a)));
                case "--init" -> inits.add(MapInit.parse(value(args, ++i, a)));
                case "--data" -> data = hex(value(args, ++i, a), "--data");
                case "--ctx" -> ctx = hex(value(args, ++i, a), "--ctx");
                case "--dump" -> dumps.add(value(args, ++i, a));
                case "--repeat" -> repeat = positive(value(args, ++i, a), a, 1 << 24);
                case "--cpus" -> cpus = positive(value(args, ++i, a), a, 1024);
                case "--seed" -> {
                    String v = value(args, ++i, a);
                    try {
                        seed = Long.decode(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed '" + v + "' is not a number");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no program file given");
        }
        return new Options(files, type, maps, inits, data, ctx, repeat, dumps, cpus, seed, json);
    }

    private static int positive(String v, String option, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(option + " '" + v + "' is not a number from 1 to " + max);
        }
        return n;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static byte[] hex(String s, String option) {
        String t = s.replaceAll("\\s", "");
        try {
            return HexFormat.of().parseHex(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": '" + s + "' is not hex bytes");
        }
    }

    private int runOne(String file, Options o, PrintStream out, PrintStream err) {
        ProgramFiles.Loaded loaded = ProgramFiles.load(file, o.maps());
        if (!loaded.ok()) {
            return fail(file, loaded.problem(), o, out, err);
        }
        Program program = loaded.program();
        RunInput input = new RunInput(o.type(), o.data(), o.ctx(), o.inits(), o.cpus(), o.seed(), Budget.DEFAULT);
        Prepared p = programRun().prepare(program, input);
        if (!p.ok()) {
            return fail(file, "BPF_PROG_TEST_RUN failed: " + p.error().errno() + " (" + p.error().message() + ")", o, out, err);
        }
        long start = System.nanoTime();
        RunOutcome r = p.execution().run();
        for (int i = 1; i < o.repeat() && r.fault() == null; i++) {
            r = p.execution().runAgain();
        }
        long nsPerRun = (System.nanoTime() - start) / o.repeat();
        Map<String, Object> dumps = new LinkedHashMap<>();
        for (String name : o.dumps()) {
            List<MapEntry> entries = r.maps().get(name);
            if (entries == null) {
                return fail(file, "--dump " + name + ": there is no map named " + name, o, out, err);
            }
            List<Object> list = new ArrayList<>();
            for (MapEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", e.key() == null ? null : HexFormat.of().formatHex(e.key()));
                m.put("value", HexFormat.of().formatHex(e.value()));
                list.add(m);
            }
            dumps.put(name, list);
        }
        String dataOut = r.dataOut() == null ? null : HexFormat.of().formatHex(r.dataOut());
        if (o.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("program", file);
            j.put("retval", r.fault() == null ? r.retval() : null);
            j.put("data_out", dataOut);
            if (!dumps.isEmpty()) {
                j.put("maps", dumps);
            }
            j.put("ns_per_run", nsPerRun);
            j.put("r0", r.fault() == null ? "0x" + Long.toHexString(r.r0()) : null);
            j.put("insns_executed", r.instructions());
            j.put("fault", r.fault() == null ? null : r.fault().toString());
            j.put("events", new ArrayList<Object>(r.events()));
            j.put("trace", new ArrayList<Object>(r.trace()));
            out.println(Json.write(j));
        } else {
            if (o.files().size() > 1) {
                out.println("== " + file);
            }
            if (r.fault() != null) {
                out.println("fault: " + r.fault());
            } else {
                String name = o.type().returnName(r.retval());
                out.println("retval: " + r.retval() + " (0x" + Long.toHexString(r.retval()) + ")"
                        + (name == null ? "" : " " + name));
                out.println("r0: 0x" + Long.toHexString(r.r0()));
            }
            out.println("insns_executed: " + r.instructions());
            out.println("ns_per_run: " + nsPerRun);
            if (dataOut != null && !java.util.Arrays.equals(r.dataOut(), o.data())) {
                out.println("data_out: " + dataOut);
            }
            for (String e : r.events()) {
                out.println("event: " + e);
            }
            for (String line : r.trace()) {
                out.print("trace: " + line);
            }
            for (Map.Entry<String, Object> d : dumps.entrySet()) {
                out.println("map " + d.getKey() + ": " + Json.write(d.getValue()));
            }
        }
        if (r.fault() != null) {
            err.println("bpfplay run: " + file + ": " + r.fault());
            return PROGRAM_ERROR;
        }
        return OK;
    }

    private static int fail(String file, String problem, Options o, PrintStream out, PrintStream err) {
        if (o.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("program", file);
            j.put("error", problem);
            out.println(Json.write(j));
        } else if (o.files().size() > 1) {
            out.println("== " + file);
        }
        err.println("bpfplay run: " + file + ": " + problem);
        return PROGRAM_ERROR;
    }

    /** The runtime every program runs in: the place to plug in more helper libraries ({@code .withHelpers(...)}). */
    private static ProgramRun programRun() {
        return new ProgramRun();
    }
}
