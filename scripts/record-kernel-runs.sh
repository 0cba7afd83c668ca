#!/usr/bin/env bash
# Records what the real kernel (BPF_PROG_TEST_RUN via kernel-oracle) answers for every program of the
# differential corpus in engine/src/test/resources/diff/run/, so the interpreter can be compared with it
# where no kernel is available.
#
# Each program (.s, LLVM BPF assembly) starts with header comments:
#   # type: xdp|socket_filter
#   # packets: NAME [NAME...]        (names from packets.tsv)
#   # ctx: HEX                       (optional: ctx_in for BPF_PROG_TEST_RUN, i.e. a __sk_buff / xdp_md image)
# Programs under rejected/ are only verified; their verdicts go to rejected.jsonl.
#
# Outputs (all in diff/run/, deterministic: re-running reproduces them byte for byte on the same kernel):
#   expected.jsonl    one JSON object per program+packet that ran: file, type, packet, data, [ctx,] insns (the
#                     exact instruction bytes kernel-oracle loaded, hex), retval (u32 as the kernel reports
#                     it), data_out (hex), command (the kernel-oracle command line, run from diff/run/)
#   run-errors.jsonl  program+packet pairs the kernel accepted but BPF_PROG_TEST_RUN refused (packet < 14 bytes,
#                     ctx_in values test_run does not accept), with the errno text
#   rejected.jsonl    programs under rejected/ with the verifier's errno and last log lines
#   RECORDED.md       kernel version (uname -r), date, tool versions and the command used (not reproducible
#                     by design: it says when and where the data was taken)
#
# Usage: scripts/record-kernel-runs.sh            (needs root/CAP_BPF, llvm-mc-19, python3)
#        KERNEL_ORACLE=/path/to/kernel-oracle scripts/record-kernel-runs.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_dir="$root/engine/src/test/resources/diff/run"
oracle="${KERNEL_ORACLE:-/work/shared/tools/kernel-oracle}"
[ -x "$oracle" ] || { echo "record-kernel-runs: no kernel-oracle at $oracle" >&2; exit 2; }
cd "$run_dir"

python3 - "$oracle" <<'PY'
import contextlib, importlib.machinery, importlib.util, io, json, os, re, sys

oracle = sys.argv[1]
spec = importlib.util.spec_from_loader("kernel_oracle", importlib.machinery.SourceFileLoader("kernel_oracle", oracle))
ko = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ko)
# kernel-oracle is called in-process (ko.main with the recorded argv): the same code path as the command line
# in each row, without a Python start-up per run. Its loader also gives the exact bytes it loads ("insns").

def oracle_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = ko.main(argv)
    return rc, out.getvalue(), err.getvalue()

packets = {}
for line in open("packets.tsv"):
    if line.startswith("#") or not line.strip():
        continue
    name, hexdata, _ = line.rstrip("\n").split("\t", 2)
    packets[name] = hexdata

def headers(path):
    h = {}
    for line in open(path):
        m = re.match(r"\s*#\s*(type|packets|ctx):\s*(.*)$", line)
        if m:
            h[m.group(1)] = m.group(2).split()
    if "type" not in h or len(h["type"]) != 1:
        sys.exit(f"{path}: missing '# type:' header")
    return h["type"][0], h.get("packets", []), "".join(h.get("ctx", []))

def programs(sub):
    return sorted(os.path.join(sub, f) for f in os.listdir(sub) if f.endswith(".s"))

expected, run_errors, rejected = [], [], []
for path in programs("hand") + programs("gen"):
    ptype, pkts, ctx = headers(path)
    if not pkts:
        sys.exit(f"{path}: no '# packets:' header")
    text, _ = ko.load_program(path, None)
    for pk in pkts:
        if pk not in packets:
            sys.exit(f"{path}: unknown packet {pk}")
        cmd = ["kernel-oracle", "run", "--type", ptype, "--data", packets[pk]]
        cmd += (["--ctx", ctx] if ctx else []) + [path, "--json"]
        extra = {"ctx": ctx} if ctx else {}
        rc, stdout, stderr = oracle_cli(cmd[1:])
        if rc == 0:
            r = json.loads(stdout)
            expected.append({"file": path, "type": ptype, "packet": pk, "data": packets[pk], **extra, "insns": text.hex(),
                             "retval": r["retval"], "data_out": r["data_out"], "command": " ".join(cmd)})
        elif "BPF_PROG_TEST_RUN failed" in stderr:
            run_errors.append({"file": path, "type": ptype, "packet": pk, "data": packets[pk], **extra, "insns": text.hex(),
                               "error": stderr.strip().split("BPF_PROG_TEST_RUN failed: ")[1],
                               "command": " ".join(cmd)})
        else:
            sys.exit(f"{path} [{pk}]: kernel-oracle exit {rc}\n{stdout[-2000:]}{stderr}")
    print(f"{path}: {len(pkts)} run(s)", file=sys.stderr)

for path in programs("rejected"):
    ptype, _, _ = headers(path)
    cmd = ["kernel-oracle", "verify", "--type", ptype, path, "--json"]
    rc, stdout, stderr = oracle_cli(cmd[1:])
    r = json.loads(stdout)
    if r["accepted"]:
        sys.exit(f"{path}: expected a rejection, the kernel accepted it")
    log = [l for l in r["log"].splitlines() if l.strip()]
    tail = [l for l in log if not l.startswith("processed ")][-2:]
    rejected.append({"file": path, "type": ptype, "insns": ko.load_program(path, None)[0].hex(),
                     "errno": r["errno"], "log_tail": tail, "command": " ".join(cmd)})

def write(name, rows):
    with open(name, "w") as f:
        for row in rows:
            f.write(json.dumps(row, sort_keys=False) + "\n")

write("expected.jsonl", expected)
write("run-errors.jsonl", run_errors)
write("rejected.jsonl", rejected)
print(f"expected.jsonl: {len(expected)} runs; run-errors.jsonl: {len(run_errors)}; rejected.jsonl: {len(rejected)}",
      file=sys.stderr)
PY

mc="$(command -v llvm-mc-19 || echo llvm-mc)"
{
  echo "# When and where expected.jsonl / run-errors.jsonl / rejected.jsonl were recorded"
  echo
  echo "- command: \`scripts/record-kernel-runs.sh\` (each row holds its own kernel-oracle command, run from this directory)"
  echo "- kernel: \`$(uname -r)\` ($(uname -m))"
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- assembler: \`$("$mc" --version | grep -i 'llvm version' | sed 's/^ *//')\` (via kernel-oracle: -triple bpfel -mcpu=v4)"
  echo "- programs: $(ls hand/*.s | wc -l) hand-written, $(ls gen/*.s | wc -l) generated, $(ls rejected/*.s 2>/dev/null | wc -l) rejected"
  echo "- runs: $(wc -l < expected.jsonl) in expected.jsonl, $(wc -l < run-errors.jsonl) in run-errors.jsonl"
} > RECORDED.md
echo "wrote $run_dir/{expected,run-errors,rejected}.jsonl and RECORDED.md" >&2
