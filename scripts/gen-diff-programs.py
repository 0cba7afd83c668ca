#!/usr/bin/env python3
"""Generates the random part of the differential corpus (engine/src/test/resources/diff/run/gen/).

Deterministic: a fixed seed (default 20261125) and Python's random.Random give the same programs on every
machine. Every program is built to be verifier-safe by construction (all registers written before use,
immediate shifts below the width, no division by an immediate 0, packet reads inside a data_end check,
stack bytes written before they are read) and folds everything it computed into r0, so that the kernel's
retval (low 32 bits of r0) and data_out depend on every instruction.

Kinds (the file name says which):
  alu      straight-line ALU64/ALU32 over constants: all ops, K and X, sdiv/smod, movsx, bswap/be/le, neg
  branch   ALU mixed with forward JMP/JMP32 conditional jumps (all conditions, K and X)
  pktalu   xdp: registers seeded from packet bytes (unknown to the verifier), then ALU + branches
  stack    stack stores/loads of every size (incl. ldsx, st imm) and stack atomics
  pktrw    xdp: bounds-checked packet reads and writes at random offsets/sizes (data_out differs)
  loop     a bounded counted loop around a random ALU body
  ldabs    socket_filter: LD_ABS/LD_IND loads (some past the end of the packet) mixed with ALU
  skbctx   socket_filter: __sk_buff field reads (full and narrow) mixed with ALU

Usage: scripts/gen-diff-programs.py [--seed N] [--out DIR] [--oracle PATH]
  --oracle: verify every program with kernel-oracle and drop the ones the kernel rejects (listed in
  DIR/../gen-dropped.txt); without it nothing is dropped. The committed corpus was made with --oracle.
"""
import argparse, os, random, shutil, subprocess, sys

MASK64 = (1 << 64) - 1
XDP_PACKETS = ["udp64", "tcp_syn", "ipv6_udp", "arp", "eth14", "vlan_icmp", "llc"]
SKB_PACKETS = ["udp64", "tcp_syn", "ipv6_udp", "arp", "eth14", "vlan_icmp", "llc"]
# __sk_buff fields a socket_filter may read (offset, name); all u32
SKB_FIELDS = [(0, "len"), (4, "pkt_type"), (8, "mark"), (12, "queue_mapping"), (16, "protocol"),
              (20, "vlan_present"), (24, "vlan_tci"), (28, "vlan_proto"), (32, "priority"),
              (36, "ingress_ifindex"), (40, "ifindex"), (44, "tc_index"), (48, "cb[0]"), (52, "cb[1]"),
              (56, "cb[2]"), (60, "cb[3]"), (64, "cb[4]"), (68, "hash"), (84, "napi_id"), (164, "gso_segs"),
              (176, "gso_size")]


class Gen:
    """One program under construction: lines of assembly and fresh label names."""

    def __init__(self, rnd):
        self.r = rnd
        self.lines = []
        self.nlabel = 0

    def emit(self, s):
        self.lines.append("  " + s)

    def label(self, name):
        self.lines.append(name + ":")

    def fresh(self, base="L"):
        self.nlabel += 1
        return f"{base}{self.nlabel}"

    # ---------------------------------------------------------------- values

    def imm32(self):
        r = self.r
        c = r.random()
        if c < 0.35:
            return r.choice([0, 1, -1, 2, 3, 7, 8, 16, 31, 32, 63, 64, 255, 0x7fffffff, -0x80000000, 0xffff, -2])
        if c < 0.7:
            return r.randint(-1000, 1000)
        return r.randint(-0x80000000, 0x7fffffff)

    def imm64(self):
        r = self.r
        c = r.random()
        if c < 0.3:
            return r.choice([0, 1, MASK64, 1 << 63, (1 << 63) - 1, 0xffffffff, 0x100000000, 0x80000000,
                             0xffffffff00000000, 0x8000000080000000])
        if c < 0.5:
            return r.randint(0, 0xffff)
        return r.getrandbits(64)

    def init_regs(self, regs):
        for reg in regs:
            if self.r.random() < 0.5:
                self.emit(f"r{reg} = 0x{self.imm64():x} ll")
            else:
                self.emit(f"r{reg} = {self.imm32()}")

    # ---------------------------------------------------------------- ALU

    def alu(self, regs):
        """One random ALU instruction over the given (initialised) registers."""
        r = self.r
        d = r.choice(regs)
        s = r.choice(regs)
        if s == d and len(regs) > 1 and r.random() < 0.85:  # x op x is mostly trivial (0, 1, x)
            s = r.choice([x for x in regs if x != d])
        w64 = r.random() < 0.55
        p = "r" if w64 else "w"
        width = 64 if w64 else 32
        kind = r.random()
        if kind < 0.08:
            if w64:
                self.emit(f"r{d} = ({r.choice(['s8', 's16', 's32'])})r{s}")
            else:
                self.emit(f"w{d} = ({r.choice(['s8', 's16'])})w{s}")
            return
        if kind < 0.14:
            op = r.choice(["be16", "be32", "be64", "le16", "le32", "le64", "bswap16", "bswap32", "bswap64"])
            self.emit(f"r{d} = {op} r{d}")
            return
        if kind < 0.17:
            self.emit(f"{p}{d} = -{p}{d}")
            return
        if kind < 0.25:
            self.emit(f"{p}{d} = {p}{s}" if r.random() < 0.5 else f"{p}{d} = {self.imm32()}")
            return
        op = r.choice(["+=", "-=", "*=", "/=", "%=", "s/=", "s%=", "|=", "&=", "^=", "<<=", ">>=", "s>>=",
                       "+=", "^=", "*="])
        if r.random() < 0.5:  # register source
            self.emit(f"{p}{d} {op} {p}{s}")
            return
        if op in ("<<=", ">>=", "s>>="):
            k = r.randint(0, width - 1)
        elif op in ("/=", "%=", "s/=", "s%="):
            k = self.imm32() or r.choice([1, -1, 3])
        else:
            k = self.imm32()
        self.emit(f"{p}{d} {op} {k}")

    def cond(self, regs, target):
        """One random forward conditional jump to target."""
        r = self.r
        op = r.choice(["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"])
        p = r.choice(["r", "w"])
        a = r.choice(regs)
        if r.random() < 0.5:
            b = f"{p}{r.choice(regs)}"
        else:
            b = str(self.imm32())
        self.emit(f"if {p}{a} {op} {b} goto {target}")

    def fold(self, regs):
        """Fold every register into r0, including the upper halves, then exit."""
        r = self.r
        if 0 not in regs:
            self.emit("r0 = 0")
        for reg in regs:
            if reg == 0:
                continue
            self.emit(f"r0 {r.choice(['^=', '+=', '-='])} r{reg}")
            if r.random() < 0.3:
                self.emit(f"r0 *= {r.choice([3, 5, 31, 0x10001, -7])}")
        self.emit("r1 = r0")
        self.emit("r1 >>= 32")
        self.emit("r0 ^= r1")
        self.emit("exit")

    # ---------------------------------------------------------------- packet

    def pkt_prologue(self, need, fail_ret):
        """r2 = data, r3 = data_end; jumps to 'fail' unless `need` bytes are present."""
        self.emit("r2 = *(u32 *)(r1 + 0)")
        self.emit("r3 = *(u32 *)(r1 + 4)")
        self.emit("r4 = r2")
        self.emit(f"r4 += {need}")
        self.emit("if r4 > r3 goto fail")
        return fail_ret

    def pkt_load(self, dst, need):
        r = self.r
        size = r.choice(["u8", "u16", "u32", "u64", "s8", "s16", "s32", "u8", "u16"])
        n = {"u8": 1, "s8": 1, "u16": 2, "s16": 2, "u32": 4, "s32": 4, "u64": 8}[size]
        off = r.randint(0, need - n)
        self.emit(f"r{dst} = *({size} *)(r2 + {off})")

    def pkt_store(self, src_regs, need):
        r = self.r
        size = r.choice(["u8", "u16", "u32", "u64"])
        n = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}[size]
        off = r.randint(0, need - n)
        if r.random() < 0.6:
            self.emit(f"*({size} *)(r2 + {off}) = r{r.choice(src_regs)}")
        else:
            self.emit(f"*({size} *)(r2 + {off}) = {self.imm32()}")


# -------------------------------------------------------------------- kinds

def k_alu(g, i):
    t = g.r.choice(["xdp", "xdp", "socket_filter"])
    regs = [0] + g.r.sample(range(1, 10), g.r.randint(3, 7))
    g.init_regs(regs)
    for _ in range(g.r.randint(8, 30)):
        g.alu(regs)
    g.fold(regs)
    return t, ["udp64"], "straight-line ALU64/ALU32 over constants"


def k_branch(g, i):
    t = g.r.choice(["xdp", "socket_filter"])
    regs = [0] + g.r.sample(range(1, 10), g.r.randint(3, 6))
    g.init_regs(regs)
    for _ in range(g.r.randint(4, 10)):
        target = g.fresh()
        g.cond(regs, target)
        for _ in range(g.r.randint(1, 4)):
            g.alu(regs)
        g.label(target)
        g.alu(regs)
    g.fold(regs)
    return t, ["udp64"], "ALU with forward JMP/JMP32 conditional jumps over constants"


def k_pktalu(g, i):
    need = g.r.randint(14, 54)
    g.pkt_prologue(need, 0)
    regs = [0, 5, 6, 7, 8, 9]
    for reg in regs:
        g.pkt_load(reg, need)
    for _ in range(g.r.randint(3, 8)):
        target = g.fresh()
        g.cond(regs, target)
        for _ in range(g.r.randint(1, 3)):
            g.alu(regs)
        g.label(target)
        for _ in range(g.r.randint(1, 3)):
            g.alu(regs)
    g.fold(regs)
    g.label("fail")
    g.emit(f"r0 = {g.imm32()}")
    g.emit("exit")
    pk = g.r.sample(XDP_PACKETS, 2)
    return "xdp", pk, f"xdp: registers seeded from packet bytes (needs {need} bytes), ALU and branches"


def k_stack(g, i):
    t = g.r.choice(["xdp", "socket_filter"])
    regs = [0] + g.r.sample(range(1, 9), g.r.randint(3, 6))
    g.init_regs(regs)
    for off in range(8, 72, 8):  # every byte in r10-64..r10-1 written before any read
        g.emit(f"*(u64 *)(r10 - {off}) = r{g.r.choice(regs)}")
    sizes = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}
    for _ in range(g.r.randint(8, 20)):
        c = g.r.random()
        size = g.r.choice(list(sizes))
        n = sizes[size]
        off = g.r.randint(1, 64 // n) * n  # aligned, within r10-64..r10-1
        if c < 0.3:
            g.emit(f"*({size} *)(r10 - {off}) = r{g.r.choice(regs)}")
        elif c < 0.4:
            g.emit(f"*({size} *)(r10 - {off}) = {g.imm32()}")
        elif c < 0.7:
            if g.r.random() < 0.3 and size != "u64":
                size = "s" + size[1:]
            g.emit(f"r{g.r.choice(regs)} = *({size} *)(r10 - {off})")
        elif c < 0.85:
            w = g.r.choice([32, 64])
            off = g.r.randint(1, 64 // (w // 8)) * (w // 8)
            s = g.r.choice([x for x in regs if x != 0])
            p = "r" if w == 64 else "w"
            sz = "u64" if w == 64 else "u32"
            op = g.r.choice(["+=", "|=", "&=", "^="])
            if g.r.random() < 0.5:
                g.emit(f"lock *({sz} *)(r10 - {off}) {op} {p}{s}")
            else:
                fn = {"+=": "add", "|=": "or", "&=": "and", "^=": "xor"}[op]
                g.emit(f"{p}{s} = atomic_fetch_{fn}(({sz} *)(r10 - {off}), {p}{s})")
        elif c < 0.92:
            w = g.r.choice([32, 64])
            off = g.r.randint(1, 64 // (w // 8)) * (w // 8)
            s = g.r.choice([x for x in regs if x != 0])
            if w == 64:
                g.emit(f"r{s} = xchg_64(r10 - {off}, r{s})")
            else:
                g.emit(f"w{s} = xchg32_32(r10 - {off}, w{s})")
        else:
            w = g.r.choice([32, 64])
            off = g.r.randint(1, 64 // (w // 8)) * (w // 8)
            s = g.r.choice([x for x in regs if x != 0])
            if g.r.random() < 0.5:  # make the compare succeed sometimes
                g.emit(f"r0 = *({'u64' if w == 64 else 'u32'} *)(r10 - {off})")
            if w == 64:
                g.emit(f"r0 = cmpxchg_64(r10 - {off}, r0, r{s})")
            else:
                g.emit(f"w0 = cmpxchg32_32(r10 - {off}, w0, w{s})")
        if g.r.random() < 0.4:
            g.alu(regs)
    for off in range(8, 72, 8):  # the whole scratch area flows into r0 (r9 is kept out of regs for this)
        g.emit(f"r9 = *(u64 *)(r10 - {off})")
        g.emit("r0 ^= r9" if off % 16 else "r0 += r9")
    g.fold(regs)
    return t, ["udp64"], "stack stores/loads of every size, ldsx, st imm and stack atomics"


def k_pktrw(g, i):
    need = g.r.randint(14, 64)
    g.pkt_prologue(need, 0)
    regs = [0, 5, 6, 7, 8]
    for reg in regs:
        g.pkt_load(reg, need)
    for _ in range(g.r.randint(4, 12)):
        c = g.r.random()
        if c < 0.35:
            g.pkt_store(regs, need)
        elif c < 0.6:
            g.pkt_load(g.r.choice(regs), need)
        else:
            g.alu(regs)
    g.pkt_store(regs, need)
    g.fold(regs)
    g.label("fail")
    g.emit(f"r0 = {g.imm32()}")
    g.emit("exit")
    pk = g.r.sample(XDP_PACKETS, 3)
    return "xdp", pk, f"xdp: packet reads and writes inside a {need}-byte bounds check"


def k_loop(g, i):
    t = g.r.choice(["xdp", "socket_filter"])
    regs = [0] + g.r.sample(range(1, 9), g.r.randint(2, 5))
    g.init_regs(regs)
    n = g.r.randint(2, 24)
    g.emit("r9 = 0")
    g.label("loop")
    for _ in range(g.r.randint(2, 8)):
        g.alu(regs)
    if g.r.random() < 0.5:
        g.emit("r0 += r9")
        if 0 not in regs:
            regs = [0] + regs
    g.emit("r9 += 1")
    if g.r.random() < 0.5:
        g.emit(f"if r9 < {n} goto loop")
    else:
        g.emit(f"if w9 != {n} goto loop")
    g.fold(regs)
    return t, ["udp64"], f"a {n}-iteration counted loop around random ALU"


def k_ldabs(g, i):
    g.emit("r6 = r1")
    regs = [7, 8, 9]
    for reg in regs:
        g.emit(f"r{reg} = {g.imm32()}")
    for _ in range(g.r.randint(2, 6)):
        size = g.r.choice(["u8", "u16", "u32"])
        if g.r.random() < 0.75:
            c = g.r.random()  # mostly inside every packet (>= 28 bytes after Ethernet), sometimes past the end
            off = g.r.randint(0, 24) if c < 0.85 else g.r.randint(25, 44) if c < 0.95 else g.r.randint(45, 70)
            g.emit(f"r0 = *({size} *)skb[{off}]")
        else:
            reg = g.r.choice(regs)
            g.emit(f"r{reg} &= 31")
            g.emit(f"r0 = *({size} *)skb[r{reg}]")
        dst = g.r.choice(regs)
        g.emit(f"r{dst} {g.r.choice(['+=', '^=', '-='])} r0")
        for _ in range(g.r.randint(0, 2)):
            g.alu(regs)
    g.fold(regs)  # starts with r0 = 0: r0 only carried the last load
    pk = g.r.sample(SKB_PACKETS[:4], 2) if g.r.random() < 0.8 else g.r.sample(SKB_PACKETS, 2)
    return "socket_filter", pk, "LD_ABS/LD_IND loads (some may fall off the end: r0 = 0) mixed with ALU"


def k_skbctx(g, i):
    regs = [0, 5, 6, 7, 8]
    g.emit("r9 = r1")
    for reg in regs:
        # fields that differ per packet (len, pkt_type, protocol) or are non-zero (ifindex) are favoured
        off, _ = g.r.choice(SKB_FIELDS) if g.r.random() < 0.35 else g.r.choice(
            [(0, "len"), (4, "pkt_type"), (16, "protocol"), (40, "ifindex")])
        c = g.r.random()
        if c < 0.6:
            g.emit(f"r{reg} = *(u32 *)(r9 + {off})")
        elif c < 0.8:
            g.emit(f"r{reg} = *(u16 *)(r9 + {off + g.r.choice([0, 2])})")
        else:
            g.emit(f"r{reg} = *(u8 *)(r9 + {off + g.r.randint(0, 3)})")
        if g.r.random() < 0.5:
            g.emit(f"r{reg} ^= {g.imm32()}")
    if g.r.random() < 0.5:
        cb = g.r.choice([48, 52, 56, 60, 64])
        g.emit(f"*(u32 *)(r9 + {cb}) = r{g.r.choice(regs)}")
        g.emit(f"r5 = *(u32 *)(r9 + {cb})")
    for _ in range(g.r.randint(3, 10)):
        g.alu(regs)
    g.fold(regs)
    pk = g.r.sample(SKB_PACKETS, 3)
    return "socket_filter", pk, "__sk_buff field reads (full and narrow) and a cb write, mixed with ALU"


KINDS = [("alu", k_alu, 30), ("branch", k_branch, 30), ("pktalu", k_pktalu, 25), ("stack", k_stack, 25),
         ("pktrw", k_pktrw, 25), ("loop", k_loop, 15), ("ldabs", k_ldabs, 20), ("skbctx", k_skbctx, 15)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261125)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "engine/src/test/resources/diff/run/gen"))
    ap.add_argument("--oracle")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    dropped = []
    for kind, fn, count in KINDS:
        for i in range(count):
            g = Gen(random.Random(rnd.getrandbits(64)))  # one sub-seed per program: kinds stay independent
            ptype, pkts, what = fn(g, i)
            name = f"gen_{kind}_{i:03d}.s"
            text = (f"# type: {ptype}\n# packets: {' '.join(pkts)}\n"
                    f"# generated by scripts/gen-diff-programs.py --seed {a.seed}: {what}\n"
                    + "\n".join(g.lines) + "\n")
            path = os.path.join(a.out, name)
            with open(path, "w") as f:
                f.write(text)
            if a.oracle:
                p = subprocess.run([a.oracle, "verify", "--type", ptype, "--log-level", "1", path],
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    last = [l for l in p.stdout.splitlines() if l.strip() and not l.startswith(("processed", "verdict", "load_ns"))]
                    dropped.append(f"{name}\t{p.returncode}\t{last[-1] if last else p.stderr.strip()}")
                    os.remove(path)
    if a.oracle:
        with open(os.path.join(a.out, "..", "gen-dropped.txt"), "w") as f:
            f.write(f"# programs scripts/gen-diff-programs.py --seed {a.seed} made that the kernel rejected"
                    " (name, kernel-oracle exit code, last verifier log line)\n")
            for d in dropped:
                f.write(d + "\n")
    kept = len(os.listdir(a.out))
    print(f"gen-diff-programs: {kept} programs in {a.out}, {len(dropped)} dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
