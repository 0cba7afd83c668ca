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
#    Also llvm-listing-call.txt and llvm-listing-jump.txt: the objdump listings of kernel/call.s and
#    kernel/jump.s (instruction lines only, branch annotations stripped).
#  - invalid programs: each line of engine/src/test/resources/disasm/invalid-programs.txt is loaded with
#      kernel-oracle verify --type socket_filter --log-level 1 PROG.hex
#    and the kernel's error message (the log line before "processed ...") is kept.
#    Output: engine/src/test/resources/disasm/invalid-golden.tsv  (program hex, kernel message or 'accepted')
#  - opcodes: every opcode byte with zero fields, loaded the same way; opcode-golden.tsv says whether
#    the kernel answered "unknown opcode XX".
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

# ------------------------------------------------------------------ invalid programs
rows = []
for line in open(os.path.join(RES, "invalid-programs.txt")):
    hexcode = "".join(line.split("#", 1)[0].split())
    if not hexcode:
        continue
    hexf = os.path.join(TMPD, "bad.hex")
    open(hexf, "w").write(hexcode)
    p = run([ORACLE, "verify", "--type", "socket_filter", "--log-level", "1", hexf])
    lines = p.stdout.splitlines()
    idx = next((i for i, l in enumerate(lines) if l.startswith("processed ")), None)
    if p.returncode == 0:
        rows.append(f"{hexcode}\taccepted")
        continue
    if p.returncode != 1 or idx is None or idx == 0:
        sys.exit(f"{hexcode}: expected a verdict, got:\n{p.stdout}{p.stderr}")
    rows.append(f"{hexcode}\t{lines[idx - 1]}")
with open(os.path.join(RES, "invalid-golden.tsv"), "w") as f:
    f.write("# recorded by scripts/record-disasm-golden.sh: kernel-oracle verify --type socket_filter --log-level 1, "
            "the line before 'processed'\n# program hex\tkernel message\n")
    f.write("\n".join(rows) + "\n")
print(f"invalid: {len(rows)} programs", file=sys.stderr)

# every opcode byte: does the kernel know it? (program: the opcode with zero fields, r0 = 0, exit)
rows = []
for op in range(256):
    first = bytes([op]) + bytes(7) + (bytes(8) if op == 0x18 else b"")
    hexf = os.path.join(TMPD, "op.hex")
    open(hexf, "w").write((first + bytes.fromhex("b7000000000000009500000000000000")).hex())
    p = run([ORACLE, "verify", "--type", "socket_filter", "--log-level", "1", hexf])
    unknown = f"unknown opcode {op:02x}" in p.stdout
    rows.append(f"{op:02x}\t{'unknown' if unknown else 'known'}")
with open(os.path.join(RES, "opcode-golden.tsv"), "w") as f:
    f.write("# recorded by scripts/record-disasm-golden.sh: is 'unknown opcode XX' in the log of "
            "kernel-oracle verify --log-level 1 for [XX 00 0000 00000000] r0 = 0; exit\n# opcode\tkernel\n")
    f.write("\n".join(rows) + "\n")
known = sum(r.endswith("\tknown") for r in rows)
print(f"opcodes: {known} known", file=sys.stderr)

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
# whole listings, to check the line layout: objdump of two kernel test programs
for name in ("call.s", "jump.s"):
    o = os.path.join(TMPD, "listing.o")
    p = run(["llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", "-o", o, os.path.join(kdir, name)])
    if p.returncode: sys.exit(p.stderr)
    out = run(["llvm-objdump-19", "-d", "-z", o]).stdout
    lines = [re.sub(r" <[^<>]*>$", "", l) for l in out.splitlines() if LINE.match(l)]
    with open(os.path.join(RES, "llvm-listing-" + name.replace(".s", ".txt")), "w") as f:
        f.write("\n".join(lines) + "\n")
print(f"llvm: {len(rows)} encodings, {sum(r.endswith('yes') for r in rows)} round-trip", file=sys.stderr)
PY
