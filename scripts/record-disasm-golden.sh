#!/usr/bin/env bash
# Records the golden data of the disassembler tests from the real tools:
#  - kernel syntax: every program in engine/src/test/resources/disasm/kernel/ (.s assembled with
#    llvm-mc-19 -mcpu=v4, .hex as written) is loaded with
#      kernel-oracle verify --log-level 2 [options from its "# kernel-oracle:" line] PROG.hex
#    and the instruction text of the "Live regs before insn" table (which lists every pc) is kept.
#    Output: engine/src/test/resources/disasm/kernel-golden.tsv  (file, pc, slot hex, kernel text)
#  - LLVM syntax: a sweep of encodings (every opcode with several field patterns) is disassembled
#    with llvm-objdump-19 -d -z (and -d -z --mcpu=v4; -z only stops objdump from eliding zero bytes); each text is re-assembled with
#    llvm-mc-19 -triple bpfel -mcpu=v4 -show-encoding and compared with the original bytes.
#    Output: engine/src/test/resources/disasm/llvm-golden.tsv  (hex, objdump text, objdump --mcpu=v4 text,
#    round trip yes/no/-; a tab inside a text is written as \\t). Branch annotations like " <.text+0x40>" are stripped.
# Needs root (bpf()), llvm-19 and /work/shared/tools/kernel-oracle (override with KERNEL_ORACLE=...).
# Usage: scripts/record-disasm-golden.sh   (from the repository root)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export RES="$ROOT/engine/src/test/resources/disasm"
export ORACLE="${KERNEL_ORACLE:-/work/shared/tools/kernel-oracle}"
export TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT
for t in llvm-mc-19 llvm-objdump-19 llvm-objcopy-19; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
exec python3 - <<'PY'
import os, re, subprocess, sys
RES, ORACLE, TMPD = os.environ["RES"], os.environ["ORACLE"], os.environ["TMPD"]

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)

# ------------------------------------------------------------------ kernel syntax
def program_bytes(path):
    if path.endswith(".s"):
        obj, binf = os.path.join(TMPD, "p.o"), os.path.join(TMPD, "p.bin")
        p = run(["llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", "-o", obj, path])
        if p.returncode: sys.exit(f"{path}: llvm-mc: {p.stderr}")
        p = run(["llvm-objcopy-19", "-O", "binary", "--only-section=.text", obj, binf])
        if p.returncode: sys.exit(f"{path}: llvm-objcopy: {p.stderr}")
        return open(binf, "rb").read()
    text = "".join(line.split("#", 1)[0] for line in open(path))
    return bytes.fromhex("".join(text.split()))

LIVE = re.compile(r"^ +(\d+): \S{10} (.*)$")
rows, kdir = [], os.path.join(RES, "kernel")
for name in sorted(os.listdir(kdir)):
    if not (name.endswith(".s") or name.endswith(".hex")):
        continue
    path = os.path.join(kdir, name)
    opts = []
    for line in open(path):
        m = re.match(r"#\s*kernel-oracle:\s*(.*)", line)
        if m: opts = m.group(1).split()
    code = program_bytes(path)
    hexf = os.path.join(TMPD, "p.hex")
    open(hexf, "w").write(code.hex())
    p = run([ORACLE, "verify", *opts, "--log-level", "2", hexf])
    seen = 0
    for line in p.stdout.splitlines():
        m = LIVE.match(line)
        if not m: continue
        pc = int(m.group(1))
        width = 16 if code[pc * 8] == 0x18 else 8
        rows.append(f"{name}\t{pc}\t{code[pc*8:pc*8+width].hex()}\t{m.group(2)}")
        seen += 1
    if seen == 0:
        sys.exit(f"{name}: no 'Live regs' table in the kernel log:\n{p.stdout}{p.stderr}")
    print(f"kernel: {name}: {seen} instructions", file=sys.stderr)
with open(os.path.join(RES, "kernel-golden.tsv"), "w") as f:
    f.write("# recorded by scripts/record-disasm-golden.sh from kernel-oracle verify --log-level 2 on "
            + os.uname().release + "\n# file\tpc\tslot hex\tkernel text\n")
    f.write("\n".join(rows) + "\n")

# ------------------------------------------------------------------ LLVM syntax
def slot(op, dst, src, off, imm):
    return bytes([op, (src << 4) | dst]) + (off & 0xffff).to_bytes(2, "little") + (imm & 0xffffffff).to_bytes(4, "little")

items = []
GENERIC = [(1, 2, 0, 0), (1, 0, 0, 5), (1, 2, -4, 0), (1, 0, 3, -7), (1, 2, 1, 16), (11, 0, 0, 0),
           (0, 0, 0, 0), (1, 2, 8, 0), (1, 2, 16, 0), (1, 2, 32, 0), (10, 1, -8, 1), (3, 0, 0, -2147483648),
           (2, 15, 0, 0), (1, 0, -1, 0), (4, 0, 0, 64), (1, 2, 0, 0x7fffffff), (1, 0, 0, 0x10001)]
ATOMIC_IMMS = [0, 1, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1, 0x100, 0x110, 0x02, 0x1e1, 0xe0, 0xf0, 0x101]
for op in range(256):
    if op == 0x18:
        continue
    for v in GENERIC:
        items.append(slot(op, *v))
    if op in (0xc3, 0xcb, 0xd3, 0xdb):
        for imm in ATOMIC_IMMS:
            items.append(slot(op, 10, 1, -8, imm))
    if op in (0xd4, 0xdc, 0xd7, 0xdf):
        for imm in (16, 32, 64, 8, 0, 48):
            items.append(slot(op, 3, 0, 0, imm))
for (dst, src, off, lo, hi, second_extra) in [
        (1, 0, 0, 0x89abcdef, 0x1234, None), (2, 0, 0, -1, -1, None), (0, 0, 0, 0, 0, None),
        (3, 0, 0, 5, 0, None), (4, 0, 0, 0, -2147483648, None), (1, 1, 0, 1, 0, None), (2, 2, 0, 1, 4, None),
        (3, 3, 0, 7, 0, None), (2, 4, 0, 6, 0, None), (1, 5, 0, 0, 0, None), (1, 6, 0, 0, 8, None),
        (1, 7, 0, 0, 0, None), (11, 0, 0, 1, 0, None), (1, 0, 3, 1, 0, None), (1, 0, 0, 1, 2, 0x95),
        (1, 0, 0, 1, 2, 0x01)]:
    second = bytearray(slot(0, 0, 0, 0, hi))
    if second_extra is not None:
        second[0] = second_extra
    items.append(slot(0x18, dst, src, off, lo) + bytes(second))

src = os.path.join(TMPD, "sweep.s")
with open(src, "w") as f:
    for it in items:
        f.write(".byte " + ",".join(f"0x{b:02x}" for b in it) + "\n")
obj = os.path.join(TMPD, "sweep.o")
p = run(["llvm-mc-19", "-triple", "bpfel", "-filetype=obj", "-o", obj, src])
if p.returncode: sys.exit(p.stderr)

LINE = re.compile(r"^ *(\d+):\t([0-9a-f ]+)\t(.*)$")
def objdump(*extra):
    out = run(["llvm-objdump-19", "-d", "-z", *extra, obj]).stdout
    texts = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            texts[int(m.group(1))] = re.sub(r" <[^<>]*>$", "", m.group(3)).strip().replace("\t", "\\t")
    return texts
plain, v4 = objdump(), objdump("--mcpu=v4")

ENC = re.compile(r"encoding: \[([^\]]*)\]")
def reassemble(text):
    p = run(["llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-show-encoding"], input=text.replace("\\t", "\t") + "\n")
    m = ENC.search(p.stdout)
    if p.returncode or not m:
        return None
    return bytes(int(x, 16) for x in m.group(1).split(","))

cache, rows, pc = {}, [], 0
for it in items:
    a, b = plain.get(pc, "?"), v4.get(pc, "?")
    text = b if a == "<unknown>" else a
    rt = "-"
    if text not in ("<unknown>", "?"):
        if text not in cache:
            cache[text] = reassemble(text)
        got = cache[text]
        rt = "yes" if got == it else "no"
    rows.append(f"{it.hex()}\t{a}\t{b}\t{rt}")
    pc += len(it) // 8
with open(os.path.join(RES, "llvm-golden.tsv"), "w") as f:
    f.write("# recorded by scripts/record-disasm-golden.sh: llvm-objdump-19 -d | -d --mcpu=v4 | re-assembled by llvm-mc-19 -mcpu=v4\n"
            "# hex\tobjdump -d\tobjdump -d --mcpu=v4\tround trip\n")
    f.write("\n".join(rows) + "\n")
print(f"llvm: {len(rows)} encodings, {sum(r.endswith('yes') for r in rows)} round-trip", file=sys.stderr)
PY
