#!/bin/sh
# Verifies every program under examples/ with the real kernel and records what the kernel says:
#   examples/expected/verdicts.txt   one line per program: FILE TYPE VERDICT (kernel-oracle verify)
#   examples/expected/NAME.json      for xdp/socket_filter/sched_cls examples without tail calls:
#                                    kernel-oracle run --json (retval, data_out, --dump'ed maps)
# kernel-oracle assembles with llvm-mc, which knows neither bpfplay's `.map` directive nor helper names,
# so each program is rewritten first: `.map NAME TYPE key=K value=V max_entries=N [flags=F]` lines become
# `--map NAME:TYPE:K:V:N[:F]` flags and `call bpf_NAME` becomes `call ID` (ids from helpers/HelperId.java).
# The packet of `--packet 'DESC'` is built by bpfplay's packet builder (a pass-through XDP run's data_out).
# Needs: root, /work/shared/tools/kernel-oracle, llvm-mc-19, and the engine jar
# (mvn -q -o -pl engine -DskipTests package). Usage: scripts/check-examples.sh  (from the repo root)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# kernel-oracle-plus: kernel-oracle plus the BTF func_info a loader sends for callbacks (bpf_loop)
ORACLE=${ORACLE:-$ROOT/scripts/kernel-oracle-plus.py}
JAR="$ROOT/engine/target/bpfplay-engine.jar"
[ -f "$JAR" ] || { echo "build the engine first: mvn -q -o -pl engine -DskipTests package" >&2; exit 2; }
exec python3 - "$ROOT" "$ORACLE" "$JAR" <<'PY'
import json, os, re, shlex, subprocess, sys, tempfile
root, oracle, jar = sys.argv[1:4]
ex = os.path.join(root, "examples")
out = os.path.join(ex, "expected")
os.makedirs(out, exist_ok=True)
ids = {}
for m in re.finditer(r"^\s*([A-Z0-9_]+)\((\d+)\)", open(os.path.join(root,
        "engine/src/main/java/org/bpfplay/engine/helpers/HelperId.java")).read(), re.M):
    ids["bpf_" + m.group(1).lower()] = m.group(2)
tmp = tempfile.mkdtemp()
passthru = os.path.join(tmp, "pass.s")
open(passthru, "w").write("r0 = 2\nexit\n")

def packet_hex(desc):
    r = subprocess.run(["java", "-jar", jar, "run", "--type", "xdp", "--packet", desc, "--json", passthru],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["data_out"]

files = sorted(os.path.join(d, f) for d, _, fs in os.walk(ex) for f in fs if f.endswith(".s"))
verdicts = []
for path in files:
    rel = os.path.relpath(path, root)
    src = open(path).read()
    maps, body = [], []
    # `rN = LABEL ll` of a code label is a function pointer (ld_imm64 src_reg=4), which llvm-mc cannot
    # write: the ld_func macro emits its bytes
    labels = set(re.findall(r"^\s*([A-Za-z_]\w*):", src, re.M))
    func_load = re.compile(r"\s*r(\d+)\s*=\s*(\w+)\s+ll\b")
    if any((f := func_load.match(l)) and f.group(2) in labels for l in src.splitlines()):
        body += [".macro ld_func reg, target", ".byte 0x18, 0x40 + \\reg, 0, 0",
                 ".4byte (\\target - . + 4) / 8 - 1", ".8byte 0", ".endm"]
    for line in src.splitlines():
        f = func_load.match(line)
        if f and f.group(2) in labels:
            body.append("ld_func %s, %s" % (f.group(1), f.group(2)))
            continue
        m = re.match(r"\s*\.map\s+(\S+)\s+(\S+)\s+key=(\d+)\s+value=(\d+)\s+max_entries=(\d+)(?:\s+flags=(\S+))?", line)
        if m:
            maps += ["--map", ":".join(g for g in m.groups() if g is not None)]
            body.append("# " + line)
        else:
            body.append(re.sub(r"\bcall\s+(bpf_[a-z0-9_]+)", lambda c: "call " + ids[c.group(1)], line))
    run = re.search(r"^# run: bpfplay run (.*)$", src, re.M)
    args = shlex.split(run.group(1)) if run else []
    typ = re.search(r"^# type: (\S+)", src, re.M)
    ptype = typ.group(1) if typ else args[args.index("--type") + 1]
    prog = os.path.join(tmp, os.path.basename(path))
    open(prog, "w").write("\n".join(body) + "\n")
    v = subprocess.run([oracle, "verify", "--type", ptype, "--log-level", "1"] + maps + [prog],
                       capture_output=True, text=True)
    verdict = (re.findall(r"^verdict: (.*)$", v.stdout + v.stderr, re.M) or ["error: " + (v.stderr.strip() or v.stdout.strip())[-300:]])[-1]
    verdicts.append(f"{rel} {ptype} {verdict}")
    print(verdicts[-1])
    if verdict != "accepted" or ptype not in ("xdp", "socket_filter", "sched_cls") or "--tail" in args or not run:
        continue
    kargs, i = [], 0
    while i < len(args):
        a = args[i]
        if a in ("--init", "--dump", "--data", "--ctx"):
            kargs += [a, args[i + 1]]
        elif a == "--packet":
            kargs += ["--data", packet_hex(args[i + 1])]
        i += 2 if a.startswith("--") else 1
    r = subprocess.run([oracle, "run", "--type", ptype, "--json"] + maps + kargs + [prog],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print("  kernel run failed:", r.stderr.strip()[-300:])
        continue
    rec = json.loads(r.stdout)
    for k in ("ns_per_run", "load_ns", "log", "log_truncated"):
        rec.pop(k, None)
    rec["program"] = rel
    rec["command"] = "kernel-oracle run --type %s --json %s %s" % (ptype, " ".join(maps), " ".join(shlex.quote(k) for k in kargs))
    name = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(rec, f, indent=1)
        f.write("\n")
with open(os.path.join(out, "verdicts.txt"), "w") as f:
    f.write("# recorded by scripts/check-examples.sh with the running kernel (%s)\n" % os.uname().release)
    f.write("\n".join(verdicts) + "\n")
PY
