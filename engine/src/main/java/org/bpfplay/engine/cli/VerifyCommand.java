package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.PrivilegeMode;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;

/**
 * {@code verify FILE... [--type T] [--map ...] [--log-level 1|2] [--mode root|cap_bpf] [--json]}:
 * our verifier's verdict and log, in kernel-oracle's output forms (the log, then
 * {@code verdict: accepted} or {@code verdict: rejected (EACCES)}; with --json one object per
 * program per line). Exit 0 when every program is accepted, 1 when one is rejected.
 */
final class VerifyCommand implements Command {
    @Override
    public String summary() {
        return "verify FILE... [--type T] [--map ...] [--log-level 1|2] [--mode root|cap_bpf] [--json]:"
                + " our verifier's verdict and kernel-format log";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        List<MapSpec> maps = new ArrayList<>();
        ProgramType type = ProgramType.SOCKET_FILTER;
        int level = 2;
        PrivilegeMode mode = PrivilegeMode.ROOT;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
                continue;
            }
            if (!a.startsWith("--")) {
                files.add(a);
                continue;
            }
            if (i + 1 >= args.size()) {
                return usage(err, a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--type" -> {
                    type = ProgramType.byName(v);
                    if (type == null || !VerifierOptions.SUPPORTED_TYPES.contains(type)) {
                        return usage(err, "the verifier handles --type " + VerifierOptions.supportedNames() + ", not '" + v + "'");
                    }
                }
                case "--log-level" -> {
                    if (!v.equals("1") && !v.equals("2")) {
                        return usage(err, "--log-level is 1 or 2, not '" + v + "'");
                    }
                    level = Integer.parseInt(v);
                }
                case "--mode" -> {
                    if (v.equals("root")) {
                        mode = PrivilegeMode.ROOT;
                    } else if (v.equals("cap_bpf")) {
                        mode = PrivilegeMode.CAP_BPF;
                    } else {
                        return usage(err, "--mode is root or cap_bpf, not '" + v + "'");
                    }
                }
                case "--map" -> {
                    try {
                        maps.add(MapSpec.parse(v));
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    }
                }
                default -> {
                    return usage(err, "unknown option '" + a + "'");
                }
            }
        }
        if (files.isEmpty()) {
            return usage(err, "missing FILE");
        }
        VerifierOptions options = new VerifierOptions(type, level, mode);
        int code = OK;
        for (String file : files) {
            ProgramFiles.Loaded loaded = ProgramFiles.load(file, maps);
            if (!loaded.ok()) {
                err.println("bpfplay verify: " + loaded.problem());
                code = PROGRAM_ERROR;
                continue;
            }
            VerificationResult r = Verifier.verify(loaded.program(), options);
            if (json) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("program", file);
                j.put("accepted", r.accepted());
                j.put("errno", r.accepted() ? null : r.errno().name());
                j.put("message", r.message());
                j.put("insn", r.accepted() ? null : r.failingInsn());
                j.put("log", r.log());
                j.put("processed_insns", r.processedInsns());
                j.put("total_states", r.totalStates());
                j.put("peak_states", r.peakStates());
                out.println(Json.write(j));
            } else {
                if (files.size() > 1) {
                    out.println("== " + file);
                }
                out.print(r.log());
                out.println(r.accepted() ? "verdict: accepted" : "verdict: rejected (" + r.errno().name() + ")");
            }
            if (!r.accepted()) {
                code = PROGRAM_ERROR;
            }
        }
        return code;
    }

    private int usage(PrintStream err, String problem) {
        err.println("bpfplay verify: " + problem);
        err.println("usage: " + summary());
        return USAGE;
    }
}
