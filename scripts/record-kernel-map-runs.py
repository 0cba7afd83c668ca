#!/usr/bin/env python3
"""Records what the real kernel (BPF_PROG_TEST_RUN via kernel-oracle) answers for every program of the
maps+helpers differential suite (engine/src/test/resources/diff/maps-helpers/{hand,gen}/*.s), so the runtime can
be compared with it where no kernel is available (MapHelperDiffTest).

Program headers (comments):
  # type: xdp|socket_filter|sched_cls|cgroup_skb
  # maps: NAME:TYPE:KS:VS:MAX[:FLAGS] ...      (in --map order; a map reference is ld_imm64 src 1 imm = index)
  # inits: NAME:KEYHEX=VALUEHEX ...            (optional; per-CPU maps get one value per possible CPU)
  # packets: NAME ...                          (from ../run/packets.tsv)
  # ctx: HEX                                   (optional ctx_in)

Output: expected.jsonl, one object per program+packet: file, type, packet, data, [ctx,] maps, inits, cpus
(os.cpu_count(), the number of per-CPU copies in a per-CPU dump), insns (the exact bytes loaded, with map
references as src 1 / imm = map index, so no assembler is needed), retval, data_out, dumps (every map's dump in
the kernel's get_next_key order, except hash-family maps (hash, percpu_hash, lru_hash, lru_percpu_hash) whose
entries are sorted by key because their order follows a random per-map hash seed; null for maps the kernel cannot dump: queue, stack, bloom_filter, ringbuf,
prog_array), command (the kernel-oracle command line, run from maps-helpers/).
The recording process is pinned to CPU 0 (os.sched_setaffinity), so per-CPU helpers and
bpf_get_smp_processor_id see CPU 0 like the runtime's simulated CPU 0. Re-running reproduces expected.jsonl byte
for byte (the harness compares dumps as sets anyway).

Usage: scripts/record-kernel-map-runs.py    (needs root/CAP_BPF, llvm-mc-19; KERNEL_ORACLE overrides the tool path)
"""
import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import platform
import re
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DIR = os.path.join(ROOT, "engine", "src", "test", "resources", "diff", "maps-helpers")
ORACLE = os.environ.get("KERNEL_ORACLE", "/work/shared/tools/kernel-oracle")

spec = importlib.util.spec_from_loader("kernel_oracle", importlib.machinery.SourceFileLoader("kernel_oracle", ORACLE))
ko = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ko)


def oracle_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = ko.main(argv)
    return rc, out.getvalue(), err.getvalue()


def headers(path):
    h = {}
    for line in open(path):
        m = re.match(r"\s*#\s*(type|maps|inits|packets|ctx):\s*(.*)$", line)
        if m:
            h[m.group(1)] = m.group(2).split()
    if len(h.get("type", [])) != 1 or not h.get("packets"):
        sys.exit(f"{path}: needs '# type:' and '# packets:' headers")
    return h["type"][0], h.get("maps", []), h.get("inits", []), h["packets"], "".join(h.get("ctx", []))


def insns_with_map_indexes(path, names):
    text, relocs = ko.load_program(path, None)
    for off, sym in relocs:
        if sym not in names:
            sys.exit(f"{path}: relocation against undeclared map {sym}")
        text[off + 1] = (text[off + 1] & 0x0F) | (1 << 4)
        text[off + 4:off + 8] = names.index(sym).to_bytes(4, "little")
    return bytes(text)


def main():
    os.sched_setaffinity(0, {0})
    os.chdir(DIR)
    packets = {}
    for line in open(os.path.join("..", "run", "packets.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        name, hexdata, _ = line.rstrip("\n").split("\t", 2)
        packets[name] = hexdata
    rows = []
    progs = [os.path.join(d, f) for d in ("hand", "gen") for f in sorted(os.listdir(d)) if f.endswith(".s")]
    for path in progs:
        ptype, maps, inits, pkts, ctx = headers(path)
        names = [m.split(":")[0] for m in maps]
        insns = insns_with_map_indexes(path, names)
        for pk in pkts:
            cmd = ["kernel-oracle", "run", "--type", ptype]
            for m in maps:
                cmd += ["--map", m]
            for i in inits:
                cmd += ["--init", i]
            for n in names:
                cmd += ["--dump", n]
            cmd += ["--data", packets[pk]] + (["--ctx", ctx] if ctx else []) + [path, "--json"]
            rc, stdout, stderr = oracle_cli(cmd[1:])
            if rc != 0:
                r = json.loads(stdout) if stdout.strip().startswith("{") else {}
                sys.exit(f"{path} [{pk}]: kernel-oracle exit {rc}: {stderr.strip()}\n" + r.get("log", "")[-1500:])
            r = json.loads(stdout)
            dumps = {}
            for spec_text, n in zip(maps, names):
                d = r["maps"][n]
                if d is not None and "hash" in spec_text.split(":")[1]:
                    d = sorted(d, key=lambda e: e["key"])  # the kernel's order follows a random hash seed
                dumps[n] = d
            row = {"file": path, "type": ptype, "packet": pk, "data": packets[pk]}
            if ctx:
                row["ctx"] = ctx
            row.update(maps=maps, inits=inits, cpus=os.cpu_count(), insns=insns.hex(), retval=r["retval"],
                       data_out=r["data_out"], dumps=dumps, command=" ".join(cmd))
            rows.append(row)
    with open("expected.jsonl", "w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    mc = subprocess.run(["llvm-mc-19", "--version"], capture_output=True, text=True).stdout
    ver = next((l.strip() for l in mc.splitlines() if "version" in l), "?")
    with open("RECORDED.md", "w") as f:
        f.write("# When and where expected.jsonl was recorded\n\n")
        f.write("- command: `scripts/record-kernel-map-runs.py` (each row holds its kernel-oracle command, run from this directory)\n")
        f.write(f"- kernel: `{platform.release()}` ({platform.machine()}), possible CPUs: {os.cpu_count()}, pinned to CPU 0\n")
        f.write(f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
        f.write(f"- assembler: {ver}\n")
        f.write(f"- programs: {len(progs)}, rows: {len(rows)}\n")
    print(f"expected.jsonl: {len(rows)} runs of {len(progs)} programs", file=sys.stderr)


if __name__ == "__main__":
    main()
