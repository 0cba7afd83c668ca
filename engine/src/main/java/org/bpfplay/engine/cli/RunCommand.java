package org.bpfplay.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.packet.PacketError;
import org.bpfplay.engine.packet.PacketResult;
import org.bpfplay.engine.packet.Packets;
import org.bpfplay.engine.packet.PcapFile;
import org.bpfplay.engine.packet.PcapPacket;
import org.bpfplay.engine.packet.PcapReader;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.MapInit;
import org.bpfplay.engine.runtime.Prepared;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.bpfplay.engine.runtime.RunOutcome;
import org.bpfplay.engine.text.HexText;

/**
 * {@code run FILE...}: runs programs in the interpreter with kernel-oracle's flags and output. Each
 * program gets its own maps; with {@code --json} one object per program and line, in input order, with
 * kernel-oracle's fields ({@code program, retval, data_out, maps, ns_per_run}) plus ours ({@code r0},
 * {@code insns_executed}, {@code fault}, {@code events}).
 * <p>
 * The packet comes from {@code --data HEX}, {@code --packet DESCRIPTION} (the packet builder's one-line or
 * JSON syntax) or {@code --pcap FILE[:N]} (one run per captured packet, each with fresh maps, so every
 * result is what BPF_PROG_TEST_RUN would give for that packet alone). {@code --tail MAP:SLOT=FILE} loads
 * FILE as a tail-call target into prog_array MAP at SLOT; targets share the main program's maps, by
 * declaration order, so they declare the same {@code .map} lines in the same order.
 */
final class RunCommand implements Command {
    @Override
    public String summary() {
        return "run FILE... [--type T] [--map NAME:TYPE:KS:VS:MAX[:FLAGS]] [--init NAME:KEYHEX=VALUEHEX] [--data HEX | --packet DESC | --pcap FILE[:N]]"
                + " [--tail MAP:SLOT=FILE] [--ctx HEX] [--repeat N] [--dump MAP] [--cpus N] [--seed N] [--json]: run .hex/.bin/.s programs in the interpreter";
    }

    /** The parsed command line. */
    private record Options(List<String> files, ProgramType type, List<MapSpec> maps, List<MapInit> inits,
                           byte[] data, byte[] ctx, int repeat, List<String> dumps, int cpus, long seed, boolean json,
                           List<byte[]> packets, List<Tail> tails, List<String> notes) {
        /** Whether the packets came from a capture, so each run is labelled with its packet number. */
        boolean perPacket() {
            return packets != null;
        }
    }

    /** {@code --tail MAP:SLOT=FILE}: FILE goes into prog_array MAP at SLOT. */
    private record Tail(String map, long slot, String file) {
        static Tail parse(String text) {
            int colon = text.indexOf(':');
            int eq = text.indexOf('=');
            if (colon <= 0 || eq < colon + 2 || eq == text.length() - 1) {
                throw new IllegalArgumentException("--tail '" + text + "' is not MAP:SLOT=FILE");
            }
            String slot = text.substring(colon + 1, eq);
            long n;
            try {
                n = Long.parseLong(slot);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > 0xffffffffL) {
                throw new IllegalArgumentException("--tail '" + text + "': slot '" + slot + "' is not a number from 0 to 4294967295");
            }
            return new Tail(text.substring(0, colon), n, text.substring(eq + 1));
        }
    }

    /** Most packets read from a capture when {@code --pcap FILE} gives no count. */
    static final int PCAP_DEFAULT_MAX = 1000;

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
        for (String note : o.notes()) {
            err.println("bpfplay run: " + note);
        }
        if (o.perPacket() && o.packets().isEmpty()) {
            err.println("bpfplay run: --pcap: the capture has no packets");
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
        String packetSource = null;
        List<byte[]> packets = null;
        List<Tail> tails = new ArrayList<>();
        List<String> notes = new ArrayList<>();
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
                case "--data", "--packet", "--pcap" -> {
                    if (packetSource != null) {
                        throw new IllegalArgumentException(a + " and " + packetSource + " both give the packet; use one");
                    }
                    packetSource = a;
                    String v = value(args, ++i, a);
                    if (a.equals("--data")) {
                        data = hex(v, "--data");
                    } else if (a.equals("--packet")) {
                        data = packet(v);
                    } else {
                        packets = pcap(v, notes);
                    }
                }
                case "--tail" -> tails.add(Tail.parse(value(args, ++i, a)));
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
        return new Options(files, type, maps, inits, data, ctx, repeat, dumps, cpus, seed, json, packets, tails, notes);
    }

    /** Builds a {@code --packet} description; every error names its column (or JSON path). */
    private static byte[] packet(String description) {
        PacketResult r = Packets.build(description);
        if (r.ok()) {
            return r.bytes();
        }
        StringBuilder b = new StringBuilder("--packet: bad packet description '" + description + "'");
        for (PacketError e : r.errors()) {
            b.append("\n  ").append(e.location()).append(": ").append(e.message());
        }
        throw new IllegalArgumentException(b.toString());
    }

    /** Reads {@code FILE[:N]}: the first N packets (default {@link #PCAP_DEFAULT_MAX}) of a pcap/pcapng file. */
    private static List<byte[]> pcap(String spec, List<String> notes) {
        String file = spec;
        int max = PCAP_DEFAULT_MAX;
        int colon = spec.lastIndexOf(':');
        if (colon > 0 && colon < spec.length() - 1 && spec.substring(colon + 1).chars().allMatch(Character::isDigit)
                && !Files.exists(Path.of(spec))) {
            file = spec.substring(0, colon);
            max = positive(spec.substring(colon + 1), "--pcap count", 1 << 20);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--pcap: cannot read " + file + ": " + e.getMessage());
        }
        PcapFile f = PcapReader.read(bytes, max);
        if (f.packets().isEmpty() && !f.problems().isEmpty()) {
            StringBuilder b = new StringBuilder("--pcap: " + file + " is not a readable capture");
            for (PacketError e : f.problems()) {
                b.append("\n  ").append(e);
            }
            throw new IllegalArgumentException(b.toString());
        }
        for (PacketError e : f.problems()) {
            notes.add("--pcap: " + file + ": " + e + " (running the " + f.packets().size() + " packets read before it)");
        }
        if (f.more()) {
            notes.add("--pcap: " + file + " has more than " + max + " packets; running the first " + max + " (use FILE:N)");
        }
        List<byte[]> list = new ArrayList<>();
        for (PcapPacket p : f.packets()) {
            list.add(p.data());
        }
        return list;
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
        HexText.Parsed hex = HexText.parse(s);
        if (!hex.ok()) {
            throw new IllegalArgumentException(option + ": '" + s + "' is not hex bytes: " + hex.describe());
        }
        return hex.bytes();
    }

    private int runOne(String file, Options o, PrintStream out, PrintStream err) {
        ProgramFiles.Loaded loaded = ProgramFiles.load(file, o.maps());
        if (!loaded.ok()) {
            return fail(file, loaded.problem(), o, out, err);
        }
        Program program = loaded.program();
        List<Program> targets = new ArrayList<>();
        List<MapInit> inits = new ArrayList<>(o.inits());
        for (Tail t : o.tails()) {
            // Tail targets are assembled with the main program's maps, so a reference by name gets the same index.
            ProgramFiles.Loaded target = ProgramFiles.load(t.file(), program.maps());
            if (!target.ok()) {
                return fail(file, "--tail " + t.map() + ":" + t.slot() + ": " + target.problem(), o, out, err);
            }
            // A prog_array value is the id of the program in that slot: its index among the tail targets.
            inits.add(new MapInit(t.map(), le32(t.slot()), le32(targets.size())));
            targets.add(target.program());
        }
        if (!o.perPacket()) {
            return runPacket(file, program, targets, inits, o.data(), -1, o, out, err);
        }
        int code = OK;
        for (int i = 0; i < o.packets().size(); i++) {
            code = Math.max(code, runPacket(file, program, targets, inits, o.packets().get(i), i + 1, o, out, err));
        }
        return code;
    }

    private static byte[] le32(long v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    /** One run on one packet; {@code packetNo} is the 1-based capture index, or -1 for a single packet. */
    private int runPacket(String file, Program program, List<Program> targets, List<MapInit> inits, byte[] data,
                          int packetNo, Options o, PrintStream out, PrintStream err) {
        RunInput input = new RunInput(o.type(), data, o.ctx(), inits, o.cpus(), o.seed(), Budget.DEFAULT);
        Prepared p = programRun().prepare(program, targets, input);
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
            if (packetNo > 0) {
                j.put("packet", packetNo);
            }
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
            if (packetNo > 0) {
                out.println("-- packet " + packetNo + " (" + data.length + " bytes)");
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
            if (dataOut != null && !java.util.Arrays.equals(r.dataOut(), data)) {
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
