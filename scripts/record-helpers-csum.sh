#!/bin/sh
# Records csum_diff, l3_csum_replace and l4_csum_replace results from the running kernel, for
# engine/src/test/java/org/bpfplay/engine/helpers/ChecksumOracleTest.java.
# Needs root and /work/shared/tools/kernel-oracle (llvm-mc-19). Output:
#   engine/src/test/resources/helpers/csum-kernel.txt
# Line formats (hex without 0x unless noted; retval is the u32 the kernel's test run returns):
#   diff FROMHEX TOHEX SEED RETVAL        (FROMHEX/TOHEX "-" for empty; SEED and RETVAL decimal)
#   l3|l4 PACKETHEX OFFSET FROM TO FLAGS RETVAL DATAOUTHEX   (FROM/TO/FLAGS decimal)
set -eu
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
OUT=engine/src/test/resources/helpers/csum-kernel.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$ORACLE" "$TMP" "$OUT" <<'PY'
import json, random, subprocess, sys
oracle, tmp, out = sys.argv[1:4]
rnd = random.Random(20261125)

def store(lines, data, fpoff):
    """Stores data (padded to 8 bytes) at fp-fpoff with ld_imm64 + stxdw."""
    data = data + b"\0" * (-len(data) % 8)
    for i in range(0, len(data), 8):
        v = int.from_bytes(data[i:i + 8], "little")
        lines.append("\tr1 = 0x%x ll" % v)
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
    assert len(objs) == len(progs), (len(objs), len(progs))
    for o in objs:
        assert o["accepted"], o.get("log", "")[-400:]
    return objs

lines_out = []
# ---- csum_diff (xdp) ----
cases = [(b"", b"", 0), (b"", b"\x01\x02\x03\x04", 0), (b"\x01\x02\x03\x04", b"", 0),
         (b"\xff\xff\xff\xff", b"\xff\xff\xff\xff", 0), (b"\0\0\0\0", b"\0\0\0\0", 0),
         (b"", b"", 0xffffffff), (b"", b"\xff\xff\xff\xff", 1), (b"\x12\x34\x56\x78", b"\x9a\xbc\xde\xf0", 0x1234),
         (b"\x01\x02\x03", b"", 0), (b"", b"\x01\x02", 0), (b"\x01\x02\x03\x04", b"\x05\x06", 0)]
for n in range(40):
    fs = 4 * rnd.randrange(0, 17)
    ts = 4 * rnd.randrange(0, 17)
    seed = rnd.choice([0, rnd.getrandbits(32), rnd.getrandbits(16), 0xffffffff])
    cases.append((bytes(rnd.getrandbits(8) for _ in range(fs)), bytes(rnd.getrandbits(8) for _ in range(ts)), seed))
progs = []
for f, t, seed in cases:
    l = []
    store(l, f, 512)
    store(l, t, 256)
    l.append("\tr1 = r10\n\tr1 += -512" if f else "\tr1 = 0")
    l.append("\tr2 = %d" % len(f))
    l.append("\tr3 = r10\n\tr3 += -256" if t else "\tr3 = 0")
    l.append("\tr4 = %d" % len(t))
    l.append("\tr5 = 0x%x ll" % seed)
    l.append("\tcall 28\n\texit\n")
    progs.append("\n".join(l))
# sizes adding up to more than 512 bytes: -EINVAL without reading
big = "\tr1 = r10\n\tr1 += -512\n\tr2 = 512\n\tr3 = r10\n\tr3 += -8\n\tr4 = 4\n\tr5 = 0\n\tcall 28\n\texit\n"
zero512 = []
store(zero512, b"\x5a" * 512, 512)
progs.append("\n".join(zero512) + "\n" + big)
cases.append((b"\x5a" * 512, b"\x5a" * 4, 0))
for (f, t, seed), o in zip(cases, run(progs, "xdp", "00" * 64)):
    lines_out.append("diff %s %s %d %d" % (f.hex() or "-", t.hex() or "-", seed, o["retval"]))

# ---- l3/l4_csum_replace (sched_cls) ----
for helper, hid in (("l3", 10), ("l4", 11)):
    pkt = bytes(rnd.getrandbits(8) for _ in range(64))
    cs = []
    for n in range(30):
        off = 2 * rnd.randrange(7, 31)
        size = rnd.choice([0, 2, 4, 2, 4])
        frm = 0 if size == 0 else rnd.getrandbits(8 * size)
        to = rnd.getrandbits(32) if size != 2 else rnd.getrandbits(16)
        flags = size
        if helper == "l4":
            flags |= rnd.choice([0, 0x10, 0x20, 0x60, 0x80])
        cs.append((off, frm, to, flags))
    cs += [(20, 1, 2, 3), (20, 1, 0, 0), (20, 0, 5, 0x100)]  # bad size, from != 0 with size 0, bad flag
    if helper == "l4":
        # a zero field with MARK_MANGLED_0 (left alone) and with ENFORCE
        pkt = pkt[:40] + b"\0\0" + pkt[42:]
        cs += [(40, 0x1234, 0x4321, 0x22), (40, 0x1234, 0x4321, 0x62), (40, 0x1234, 0x1234, 0x22)]
    progs = []
    for off, frm, to, flags in cs:
        progs.append("\tr1 = r1\n\tr2 = %d\n\tr3 = 0x%x ll\n\tr4 = 0x%x ll\n\tr5 = 0x%x ll\n\tcall %d\n\texit\n"
                     % (off, frm, to, flags, hid))
    for (off, frm, to, flags), o in zip(cs, run(progs, "sched_cls", pkt.hex())):
        lines_out.append("%s %s %d %d %d %d %d %s" % (helper, pkt.hex(), off, frm, to, flags, o["retval"],
                                                      o["data_out"]))
with open(out, "w") as fh:
    fh.write("# recorded by scripts/record-helpers-csum.sh from the running kernel (uname -r at recording: %s)\n"
             % subprocess.run(["uname", "-r"], capture_output=True, text=True).stdout.strip())
    fh.write("\n".join(lines_out) + "\n")
print("wrote", len(lines_out), "cases to", out)
PY
