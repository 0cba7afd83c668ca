#!/usr/bin/env bash
# Records what the real kernel does with maps, as test data for engine/src/test/.../maps.
#
#   scripts/record-map-kernel.sh            # all cases
#   scripts/record-map-kernel.sh lpm-basic  # one case
#
# Inputs:  engine/src/test/resources/maps/cases/NAME.case   (hand-written operation lists)
#          engine/src/test/resources/maps/create-specs.txt  (map definitions for BPF_MAP_CREATE)
#          engine/src/test/resources/maps/init-specs.txt    (user-space updates: MAPSPEC KEY=VALUE...)
# Outputs: engine/src/test/resources/maps/programs/NAME.s   (the LLVM-asm program doing the ops;
#                                                            kept for the interpreter harness)
#          engine/src/test/resources/maps/expected/NAME.txt (each op's r0, the maps' dumps)
#          engine/src/test/resources/maps/create-expected.txt, init-expected.txt
# Needs root, /work/shared/tools/kernel-oracle, llvm-mc-19, python3. The oracle is pinned to CPU 0
# with taskset so per-CPU values and LRU lists are deterministic.
#
# Case file lines:
#   map NAME TYPE KEY_SIZE VALUE_SIZE MAX_ENTRIES [FLAGS]
#   init NAME KEYHEX VALUEHEX                    (user-space BPF_MAP_UPDATE_ELEM, BPF_ANY)
#   op update MAP KEYHEX VALUEHEX FLAGS          r0 of bpf_map_update_elem
#   op delete MAP KEYHEX                         r0 of bpf_map_delete_elem
#   op lookup MAP KEYHEX                         1/0 found, extra = first <=8 value bytes (LE)
#   op push MAP VALUEHEX FLAGS / op pop MAP / op peek MAP [VALUEHEX]   (extra = value out)
#   op output MAP SIZE FLAGS                     bpf_ringbuf_output of SIZE zero bytes
#   op reserve MAP SIZE FLAGS submit|discard     1/0 reserved, then submit or discard it
#   op query MAP WHICH                           bpf_ringbuf_query
#   dump NAME
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/engine/src/test/resources/maps"
ORACLE="${ORACLE:-/work/shared/tools/kernel-oracle}"
mkdir -p "$DIR/programs" "$DIR/expected"

python3 - "$DIR" "$ORACLE" "$@" <<'PY'
import json, os, subprocess, sys

DIR, ORACLE = sys.argv[1], sys.argv[2]
only = sys.argv[3:]
HELPER = {"lookup": 1, "update": 2, "delete": 3, "push": 87, "pop": 88, "peek": 89,
          "output": 130, "reserve": 131, "submit": 132, "discard": 133, "query": 134}
KEY_OFF, VAL_OFF = 64, 128   # key area r10-64..-33, value area r10-128..-65


def chunks(hexs, room):
    b = bytes.fromhex(hexs)
    assert len(b) <= room, hexs
    b = b + bytes(-len(b) % 8)
    return [int.from_bytes(b[i:i + 8], "little") for i in range(0, len(b), 8)]


def put(lines, hexs, off, room):
    for i, v in enumerate(chunks(hexs, room)):
        lines += [f"r1 = {v:#x} ll", f"*(u64 *)(r10 - {off - 8 * i}) = r1"]


def load_size(vs):
    return "u64" if vs >= 8 else "u32" if vs >= 4 else "u16" if vs >= 2 else "u8"


def gen(maps, ops):
    L = []
    for i, op in enumerate(ops):
        kind, m = op[0], op[1]
        L.append(f"# op {i}: {' '.join(op)}")
        L.append("r1 = 0")
        for off in list(range(8, 17, 8)) + list(range(40, KEY_OFF + 1, 8)) + list(range(72, VAL_OFF + 1, 8)):
            L.append(f"*(u64 *)(r10 - {off}) = r1")
        lbl = f"LBB_op{i}"
        if kind in ("update", "delete", "lookup"):
            put(L, op[2], KEY_OFF, 32)
            if kind == "update":
                put(L, op[3], VAL_OFF, 64)
            L += [f"r1 = {m} ll", "r2 = r10", f"r2 += -{KEY_OFF}"]
            if kind == "update":
                L += ["r3 = r10", f"r3 += -{VAL_OFF}", f"r4 = {int(op[4], 0)} ll"]
            L.append(f"call {HELPER[kind]}")
            if kind == "lookup":
                L += ["r6 = r0", "r1 = 0", "*(u64 *)(r10 - 8) = r1", f"if r6 == 0 goto {lbl}",
                      "r1 = 1", "*(u64 *)(r10 - 8) = r1",
                      f"r1 = *({load_size(maps[m][2])} *)(r6 + 0)", "*(u64 *)(r10 - 16) = r1", f"{lbl}:"]
            else:
                L.append("*(u64 *)(r10 - 8) = r0")
        elif kind in ("push", "pop", "peek"):
            if len(op) > 2 and kind != "pop":
                put(L, op[2], VAL_OFF, 64)
            L += [f"r1 = {m} ll", "r2 = r10", f"r2 += -{VAL_OFF}"]
            if kind == "push":
                L.append(f"r3 = {int(op[3], 0)} ll")
            L += [f"call {HELPER[kind]}", "*(u64 *)(r10 - 8) = r0",
                  f"r1 = *(u64 *)(r10 - {VAL_OFF})", "*(u64 *)(r10 - 16) = r1"]
        elif kind == "output":
            L += ["r1 = 0", "*(u32 *)(r10 - 20) = r1", "r1 = -999", "*(u64 *)(r10 - 8) = r1",
                  "r1 = buf ll", "r2 = r10", "r2 += -20", "call 1", f"if r0 == 0 goto {lbl}",
                  "r2 = r0", f"r1 = {m} ll", f"r3 = {int(op[2], 0)}", f"r4 = {int(op[3], 0)} ll",
                  f"call {HELPER['output']}", "*(u64 *)(r10 - 8) = r0", f"{lbl}:"]
        elif kind == "reserve":
            L += [f"r1 = {m} ll", f"r2 = {int(op[2], 0)}", f"r3 = {int(op[3], 0)} ll", f"call {HELPER['reserve']}",
                  "r1 = 0", "*(u64 *)(r10 - 8) = r1", f"if r0 == 0 goto {lbl}", "r6 = r0", "r1 = 1",
                  "*(u64 *)(r10 - 8) = r1", "r1 = r6", "r2 = 0", f"call {HELPER[op[4]]}", f"{lbl}:"]
        elif kind == "query":
            L += [f"r1 = {m} ll", f"r2 = {int(op[2], 0)} ll", f"call {HELPER['query']}", "*(u64 *)(r10 - 8) = r0"]
        else:
            raise SystemExit(f"unknown op {kind}")
        # record r0 (and the extra) in res[i]
        L += ["r1 = %d" % i, "*(u32 *)(r10 - 20) = r1", "r1 = res ll", "r2 = r10", "r2 += -20", "call 1",
              f"if r0 == 0 goto {lbl}_rec", "r1 = *(u64 *)(r10 - 8)", "*(u64 *)(r0 + 0) = r1",
              "r1 = *(u64 *)(r10 - 16)", "*(u64 *)(r0 + 8) = r1", f"{lbl}_rec:"]
    L += ["r0 = 0", "exit"]
    return "\n".join(L) + "\n"


def signed(u):
    return u - (1 << 64) if u >= 1 << 63 else u


def run_case(name):
    maps, inits, ops, dumps = {}, [], [], []
    for line in open(os.path.join(DIR, "cases", name + ".case")):
        w = line.split("#")[0].split()
        if not w:
            continue
        if w[0] == "map":
            maps[w[1]] = (w[2], int(w[3], 0), int(w[4], 0), int(w[5], 0), int(w[6], 0) if len(w) > 6 else None)
        elif w[0] == "init":
            inits.append(w[1:])
        elif w[0] == "op":
            ops.append(w[1:])
        elif w[0] == "dump":
            dumps.append(w[1])
    prog = os.path.join(DIR, "programs", name + ".s")
    with open(prog, "w") as f:
        f.write(f"# generated by scripts/record-map-kernel.sh from cases/{name}.case\n")
        f.write(gen(maps, ops))
    args = ["taskset", "-c", "0", ORACLE, "run", "--type", "xdp", "--data", "00" * 64, "--json", "--log-level", "1"]
    for n, (t, ks, vs, me, fl) in maps.items():
        args += ["--map", f"{n}:{t}:{ks}:{vs}:{me}" + (f":{fl}" if fl is not None else "")]
    args += ["--map", f"res:array:4:16:{max(1, len(ops))}"]
    if any(o[0] == "output" for o in ops):
        args += ["--map", "buf:array:4:4096:1"]
    for n, k, v in inits:
        args += ["--init", f"{n}:{k}={v}"]
    for d in dumps + ["res"]:
        args += ["--dump", d]
    p = subprocess.run(args + [prog], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{name}: oracle failed: {p.stderr.strip()} {p.stdout[-2000:]}")
    res = json.loads(p.stdout)
    out = [f"# recorded by scripts/record-map-kernel.sh with kernel-oracle on Linux {os.uname().release}",
           f"cpus {os.cpu_count()}"]
    rec = {int.from_bytes(bytes.fromhex(e["key"]), "little"): bytes.fromhex(e["value"]) for e in res["maps"]["res"]}
    for i in range(len(ops)):
        v = rec[i]
        out.append(f"op {i} ret {signed(int.from_bytes(v[:8], 'little'))} extra {int.from_bytes(v[8:], 'little'):#x}")
    for d in dumps:
        out.append(f"dump {d}")
        for e in res["maps"][d] or []:
            out.append(f"  {e['key']} {e['value']}")
    out.append("end")
    with open(os.path.join(DIR, "expected", name + ".txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print(name, "ok")


def run_creates():
    specs = os.path.join(DIR, "create-specs.txt")
    out = [f"# recorded by scripts/record-map-kernel.sh with kernel-oracle on Linux {os.uname().release}",
           "# SPEC -> ok | the strerror of BPF_MAP_CREATE's errno"]
    nop = os.path.join(DIR, "programs", "nop.s")
    with open(nop, "w") as f:
        f.write("r0 = 0\nexit\n")
    for line in open(specs):
        s = line.split("#")[0].strip()
        if not s:
            continue
        p = subprocess.run([ORACLE, "verify", "--log-level", "0", "--map", s, nop], capture_output=True, text=True)
        if p.returncode == 0:
            verdict = "ok"
        else:
            msg = p.stderr.strip()
            marker = "BPF_MAP_CREATE failed: "
            if marker not in msg:
                raise SystemExit(f"create {s}: {msg}")
            verdict = msg.split(marker, 1)[1]
        out.append(f"{s} -> {verdict}")
    with open(os.path.join(DIR, "create-expected.txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("create", "ok")


def run_inits():
    """User-space BPF_MAP_UPDATE_ELEM (flags 0) outcomes: every init but the last must succeed."""
    out = [f"# recorded by scripts/record-map-kernel.sh with kernel-oracle on Linux {os.uname().release}",
           "# SPEC KEY=VALUE... -> ok | the strerror of the LAST update"]
    nop = os.path.join(DIR, "programs", "nop.s")
    for line in open(os.path.join(DIR, "init-specs.txt")):
        s = line.split("#")[0].split()
        if not s:
            continue
        args = [ORACLE, "verify", "--log-level", "0", "--map", s[0]]
        for kv in s[1:]:
            args += ["--init", "m:" + kv]
        p = subprocess.run(args + [nop], capture_output=True, text=True)
        if p.returncode == 0:
            verdict = "ok"
        else:
            msg = p.stderr.strip()
            if "update failed: " not in msg:
                raise SystemExit(f"init {s}: {msg}")
            verdict = msg.split("update failed: ", 1)[1]
        out.append(" ".join(s) + " -> " + verdict)
    with open(os.path.join(DIR, "init-expected.txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("init", "ok")


cases = only or sorted(n[:-5] for n in os.listdir(os.path.join(DIR, "cases")) if n.endswith(".case"))
for c in cases:
    if c == "create":
        run_creates()
    elif c == "init":
        run_inits()
    else:
        run_case(c)
if not only:
    run_creates()
    run_inits()
PY
