#!/bin/sh
# Records bpf_trace_printk behaviour from the running kernel, for
# engine/src/test/java/org/bpfplay/engine/helpers/PrintfOracleTest.java.
# Needs root, tracefs (mounted at /sys/kernel/tracing by this script if absent) and
# /work/shared/tools/kernel-oracle. Clears the global trace buffer. Output:
#   engine/src/test/resources/helpers/printf-kernel.txt, one case per line, fields separated by spaces:
#   printk ID FMTHEX FMTSIZE ARGS RETVAL MSGHEX|- HEADER...   (HEADER: the trace line up to and
#          including "bpf_trace_printk: ", with spaces kept; MSGHEX: what follows it up to the next
#          event, i.e. the message plus the newline ftrace adds; "-" when no line was printed)
# (bpf_snprintf is not recorded: its format must be ARG_PTR_TO_CONST_STR, a frozen read-only map
# value, which kernel-oracle cannot create.)
#   ARGS: comma-separated, "-" for none; iN = integer N (decimal, u64); sHEX = pointer to those bytes
#   (a string, NUL included); bHEX = pointer to raw bytes (for %pI4/%pI6).
# Every trace_printk format starts with "hpNN:" so that lines from other processes are ignored.
set -eu
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
OUT=engine/src/test/resources/helpers/printf-kernel.txt
T=/sys/kernel/tracing
[ -e $T/trace ] || mount -t tracefs nodev $T
TMP=${KEEP_TMP:-$(mktemp -d)}
trap 'rm -rf "$TMP"' EXIT
python3 - "$ORACLE" "$TMP" "$OUT" "$T" <<'PY'
import json, re, subprocess, sys
oracle, tmp, out, tr = sys.argv[1:5]

def store(lines, data, fpoff):
    data = data + b"\0" * (-len(data) % 8)
    for i in range(0, len(data), 8):
        lines.append("\tr1 = 0x%x ll" % int.from_bytes(data[i:i + 8], "little"))
        lines.append("\t*(u64 *)(r10 - %d) = r1" % (fpoff - i))

def run(progs, ptype, data):
    paths = []
    for i, text in enumerate(progs):
        p = "%s/p%04d.s" % (tmp, i)
        open(p, "w").write(text)
        paths.append(p)
    res = subprocess.run([oracle, "run", "--type", ptype, "--data", data, "--json"] + paths,
                         capture_output=True, text=True, check=True).stdout
    dec, pos, objs = json.JSONDecoder(), 0, []
    while pos < len(res):
        while pos < len(res) and res[pos].isspace():
            pos += 1
        if pos >= len(res):
            break
        o, pos = dec.raw_decode(res, pos)
        objs.append(o)
    assert len(objs) == len(progs)
    for o in objs:
        assert o["accepted"], o.get("log", "")[-600:]
    return objs

def argspec(args):
    if not args:
        return "-"
    return ",".join(("i%d" % (a & (2**64 - 1))) if isinstance(a, int) else a[0] + a[1].hex() for a in args)

def load_args(l, args, regs, areas):
    """Integer args as immediates, pointer args as stack addresses of their bytes."""
    for a, reg, area in zip(args, regs, areas):
        if isinstance(a, int):
            l.append("\t%s = 0x%x ll" % (reg, a & (2**64 - 1)))
        else:
            store(l, a[1], area)
            l.append("\t%s = r10\n\t%s += -%d" % (reg, reg, area))

S = lambda b: ("s", b + b"\0")
B = lambda b: ("b", b)
printk = [
    (b"hello %d\n", [42]), (b"%d %u %x\n", [-1, -1, -1]), (b"%ld %lu %lx\n", [-5, -5, -5]),
    (b"%lld %llu %llX\n", [-(2**63), 2**63, 0xdeadbeefcafe]), (b"[%5d] [%-5d] [%05d]\n", [42, 42, 42]),
    (b"[%+d] [% d] [%+5d]\n", [7, 7, -7]), (b"%c%c%c\n", [72, 105, 33]), (b"100%% sure %d\n", [1]),
    (b"str=%s!\n", [S(b"world")]), (b"[%8s] [%-8s]\n", [S(b"ab"), S(b"cd")]), (b"%pI4 %pi4\n", [B(bytes([10, 0, 0, 1])), B(bytes([192, 168, 1, 1]))]),
    (b"%pI6\n", [B(bytes.fromhex("20010db8000000000000000000000001"))]), (b"%pi6\n", [B(bytes.fromhex("20010db8000000000000000000000001"))]),
    (b"%px\n", [0xffff888012345678]), (b"%p|\n", [0]), (b"%pK|\n", [0]), (b"no newline", []), (b"tab\there\n", []),
    (b"%x %X %lx\n", [0x1234abcd, 0x1234abcd, 0xffffffff00000000]), (b"%d\n", [0x1_0000_0005]),
    (b"%s|\n", [0]), (b"%600d%500d\n", [1, 2]), (b"caf\xc3\xa9 %d\n", [1]), (b"%pks|%pus|\n", [S(b"kern"), S(b"user")]),
    (b"%10c|%-3c|\n", [65, 66]), (b"%-+8d|%08x|%-08u|\n", [5, 255, 3]),
    # errors
    (b"%q\n", [1]), (b"%d %d %d %d\n", [1, 2, 3]), (b"%5.2d\n", [1]), (b"%hd\n", [1]), (b"%sx\n", [S(b"a")]),
    (b"\x01ctl\n", []), (b"%#x\n", [1]), (b"%n\n", [1]), (b"%pZ\n", [1]), (b"%lf\n", [1]), (b"%lllx\n", [1]),
]
progs, meta = [], []
for n, (fmt, args) in enumerate(printk):
    full = b"hp%02d:" % n + fmt
    size = len(full) + 1
    l = []
    store(l, full + b"\0", 128)
    load_args(l, args, ["r3", "r4", "r5"], [512, 384, 256])
    l.append("\tr1 = r10\n\tr1 += -128\n\tr2 = %d\n\tcall 6\n\texit\n" % size)
    progs.append("\n".join(l))
    meta.append((n, full, size, args))
# a format without its NUL inside fmt_size
nonul = b"hp%02d:abc" % len(meta)
l = []
store(l, nonul + b"\0", 128)
l.append("\tr1 = r10\n\tr1 += -128\n\tr2 = %d\n\tcall 6\n\texit\n" % len(nonul))
progs.append("\n".join(l))
meta.append((len(meta), nonul, len(nonul), []))

open(tr + "/trace", "w").write("")
results = run(progs, "xdp", "00" * 64)
trace = open(tr + "/trace", "rb").read().decode("utf-8", "replace")
head = re.compile(r"^ *\S.*?-\d+ +\[\d{3}\] \S{5} +\d+\.\d{6}: bpf_trace_printk: ", re.M)
events = []
ms = list(head.finditer(trace))
for i, m in enumerate(ms):
    end = ms[i + 1].start() if i + 1 < len(ms) else len(trace)
    events.append((m.group(0), trace[m.end():end]))
lines_out = []
for (n, full, size, args), o in zip(meta, results):
    tag = "hp%02d:" % n
    ev = [e for e in events if e[1].startswith(tag)]
    assert len(ev) <= 1, ev
    msg = ev[0][1].encode("utf-8").hex() if ev else "-"
    hdr = ev[0][0] if ev else ""
    lines_out.append("printk %d %s %d %s %d %s %s" % (n, full.hex(), size, argspec(args), o["retval"], msg, hdr))

with open(out, "w") as fh:
    fh.write("# recorded by scripts/record-helpers-printf.sh from the running kernel (%s)\n"
             % subprocess.run(["uname", "-r"], capture_output=True, text=True).stdout.strip())
    fh.write("\n".join(lines_out) + "\n")
print("wrote", len(lines_out), "cases to", out)
PY
