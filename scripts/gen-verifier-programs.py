#!/usr/bin/env python3
"""Generates the verifier agreement corpus's generated half:
engine/src/test/resources/verifier/corpus-gen/{xdp,socket_filter}/<category>_<nnnn>.s

Deterministic (fixed seed): running it again writes the same files. The programs are small,
mostly valid, use no maps and no helper calls, and each family carries targeted faults
(off-by-one bounds, bad ctx offsets, misaligned spills, uninitialised reads, pointer arithmetic
errors, div by zero, invalid shifts, unreachable code, jumps out of range). The kernel's verdicts
and logs are then recorded with scripts/record-verifier-corpus.sh --dir <that directory>.

Usage: scripts/gen-verifier-programs.py [out-dir]   (default: the corpus-gen directory above)
"""
import os
import random
import shutil
import sys

SEED = 20261125
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "test", "resources", "verifier", "corpus-gen")

# readable ctx fields (offset, size) per program type; the kernel decides which are really valid
XDP_FIELDS = [(0, 4), (4, 4), (8, 4), (12, 4), (16, 4), (20, 4)]
SKB_FIELDS = [(0, 4), (4, 4), (8, 4), (12, 4), (16, 4), (20, 4), (24, 4), (28, 4), (32, 4), (36, 4),
              (40, 4), (44, 4), (48, 4), (52, 4), (56, 4), (60, 4), (64, 4), (68, 4), (72, 4), (84, 4),
              (88, 4), (92, 4), (152, 4), (160, 8), (168, 8), (176, 4)]
SIZES = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
ALU_IMM = ["+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", "s>>=", "/=", "%="]
JMP = ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"]


def mem(size, reg, off):
    sign = "-" if off < 0 else "+"
    return "*(%s *)(%s %s %d)" % (SIZES[size], reg, sign, abs(off))


def fields(t):
    return XDP_FIELDS if t == "xdp" else SKB_FIELDS


# the fields above that read as scalars (the kernel rejects skb 72, 88, 92, 152, 160 for socket
# filters; xdp's data/data_end/data_meta are pointers and egress_ifindex needs a devmap attach type)
XDP_SCALARS = [(12, 4), (16, 4)]
SKB_SCALARS = [f for f in SKB_FIELDS if f[0] not in (72, 88, 92, 152, 160, 176)]


def scalar_field(rnd, t):
    # the first families draw from every listed field but xdp's two packet pointers (so a share of
    # their programs fail on the ctx access); kept as is so that their recorded files stay reproducible
    fs = fields(t)[2:] if t == "xdp" else fields(t)
    return rnd.choice(fs)


def valid_scalar_field(rnd, t):
    return rnd.choice(XDP_SCALARS if t == "xdp" else SKB_SCALARS)


def g_alu(rnd, t, pick=scalar_field):
    off, size = pick(rnd, t)
    p = ["r2 = %s" % mem(size, "r1", off)]
    w = rnd.random() < 0.4
    reg = "w2" if w else "r2"
    for _ in range(rnd.randint(2, 7)):
        op = rnd.choice(ALU_IMM)
        if op in ("<<=", ">>=", "s>>="):
            imm = rnd.randint(0, 31 if w else 63)
        elif op in ("/=", "%="):
            imm = rnd.randint(1, 100)
        else:
            imm = rnd.choice([rnd.randint(-20, 20), rnd.randint(0, 1 << 20), 0xff, -1])
        p.append("%s %s %d" % (reg, op, imm))
        if rnd.random() < 0.2:
            p.append("r3 = r2")
            p.append("r2 %s r3" % rnd.choice(["+=", "-=", "&=", "|=", "^=", "*="]))
    p.append("r0 = r2" if rnd.random() < 0.9 else "w0 = w2")
    if rnd.random() < 0.3:
        p.append("r0 &= %d" % rnd.choice([1, 3, 0xff]))
    p.append("exit")
    return p


def g_pkt(rnd, t):
    n = rnd.choice([1, 2, 4, 8, 14, 20, 34, 42, 64])
    size = rnd.choice([s for s in (1, 2, 4, 8) if s <= n] or [1])
    fault = rnd.random()
    off = rnd.randint(0, n - size)
    if fault < 0.3:
        off = n - size + 1            # off by one past the checked end
    p = ["r2 = *(u32 *)(r1 + 0)", "r3 = *(u32 *)(r1 + 4)"]
    if rnd.random() < 0.1:
        p = ["r3 = *(u32 *)(r1 + 4)", "r2 = *(u32 *)(r1 + 0)"]
    p += ["r4 = r2", "r4 += %d" % n, "r0 = %d" % rnd.randint(0, 3)]
    form = rnd.randint(0, 4)
    if fault > 0.9:
        form = 5  # checks the wrong way round: the read is on the out-of-bounds path
    if form == 0:
        p += ["if r4 > r3 goto +1"]
    elif form == 1:
        p += ["if r3 < r4 goto +1"]
    elif form == 2:
        p += ["if r4 >= r3 goto +1"]     # excludes one more byte: reads at n-1 are still fine
    elif form == 3:
        p += ["if r3 <= r4 goto +1"]
    elif form == 4:
        p += ["if r4 <= r3 goto +1", "exit"]
    else:
        p += ["if r4 <= r3 goto +1"]
    p.append("r0 = %s" % mem(size, "r2", off))
    if rnd.random() < 0.3:
        p.append("r0 &= 1")
    p.append("exit")
    return p


def g_spill(rnd, t, pick=scalar_field):
    slot = -8 * rnd.randint(1, 8)
    mis = rnd.random() < 0.25
    if mis:
        slot += rnd.choice([1, 2, 3, 4])
    what = rnd.choice(["scalar", "const", "ctx", "stack", "ctx", "scalar"])
    ssize = 8 if what in ("ctx", "stack") or rnd.random() < 0.6 else rnd.choice([1, 2, 4])
    lsize = ssize if rnd.random() < 0.75 else rnd.choice([1, 2, 4, 8])
    off, fsize = pick(rnd, t)
    p = []
    if what == "scalar":
        p.append("r2 = %s" % mem(fsize, "r1", off))
    elif what == "const":
        p.append("r2 = %d" % rnd.randint(-5, 1000))
    elif what == "ctx":
        p.append("r2 = r1")
    else:
        p += ["r2 = r10", "r2 += %d" % rnd.choice([-16, -32, -64])]
    p.append("%s = r2" % mem(ssize, "r10", slot))
    if rnd.random() < 0.2:
        p.append("%s = 0" % mem(rnd.choice([1, 4]), "r10", slot + rnd.choice([0, 4])))  # partial overwrite
    p.append("r3 = %s" % mem(lsize, "r10", slot + (0 if rnd.random() < 0.85 else rnd.choice([-8, 8, 4]))))
    if what == "ctx" and rnd.random() < 0.7:
        o, s = pick(rnd, t)
        p.append("r0 = %s" % mem(s, "r3", o))
    elif what == "stack" and rnd.random() < 0.7:
        p.append("%s = 1" % mem(8, "r3", 0))
        p.append("r0 = 0")
    else:
        p.append("r0 = r3")
    p.append("exit")
    return p


def g_branch(rnd, t, pick=scalar_field):
    off, size = pick(rnd, t)
    mask = rnd.choice([7, 15, 31, 63, 0xff])
    bound = rnd.choice([8, 16, 32, 48, 63, 64, 65])
    p = ["r2 = %s" % mem(size, "r1", off)]
    if rnd.random() < 0.7:
        p.append("r2 &= %d" % mask)
    op = rnd.choice([">", ">=", "s>", "s>="])
    p.append("if r2 %s %d goto +%d" % (op, bound, 5))
    use = rnd.choice(["stack", "stack", "value", "pkt" if t == "xdp" else "value"])
    if use == "stack":
        p += ["r3 = r10", "r3 += -64", "r3 += r2", "%s = 0" % mem(rnd.choice([1, 1, 2]), "r3", 0), "r0 = 0"]
    elif use == "pkt":
        p = ["r6 = r1"] + [x.replace("r1 +", "r6 +") for x in p]
        p = p[:-1] + ["r4 = *(u32 *)(r6 + 0)", "r5 = *(u32 *)(r6 + 4)", p[-1].replace("+5", "+6")]
        p += ["r4 += r2", "r3 = r4", "r3 += 1", "if r3 > r5 goto +1", "r0 = *(u8 *)(r4 + 0)"]
    else:
        p += ["r0 = r2", "r0 *= 3", "if r0 %s %d goto +1" % (rnd.choice(JMP), rnd.randint(0, 300)),
              "r0 = 1", "r0 &= 1"]
    p += ["r0 = 0", "exit"]
    return p


def g_loop(rnd, t, pick=scalar_field):
    n = rnd.choice([1, 3, 5, 10, 30, 100])
    p = []
    kind = rnd.randint(0, 4)
    if kind == 0:
        p += ["r0 = 0", "r1 = %d" % n, "l: r0 += 2", "r1 -= 1", "if r1 != 0 goto l", "exit"]
    elif kind == 1:
        p += ["r0 = 0", "l: r0 += 1", "if r0 %s %d goto l" % (rnd.choice(["<", "<=", "!="]), n), "exit"]
    elif kind == 2:
        off, size = pick(rnd, t)
        p += ["r2 = %s" % mem(size, "r1", off), "r2 &= %d" % rnd.choice([3, 7, 15]), "r0 = 0",
              "l: if r2 == 0 goto e", "r0 += r2", "r2 -= 1", "goto l", "e: exit"]
    elif kind == 3:
        # stack initialisation loop
        p += ["r1 = 0", "r2 = r10", "r2 += -64",
              "l: *(u64 *)(r2 + 0) = r1", "r2 += 8", "r1 += 1", "if r1 < %d goto l" % rnd.choice([4, 8, 9]),
              "r0 = *(u64 *)(r10 - 8)", "exit"]
    else:
        # no progress: an infinite loop the verifier must catch
        p += ["r0 = 0", "l: r0 += 0", "if r0 == 0 goto l", "exit"] if rnd.random() < 0.5 else \
             ["r0 = %d" % n, "l: if r0 > 0 goto l", "exit"]
    return p


def g_call(rnd, t):
    kind = rnd.randint(0, 6)
    a = rnd.randint(0, 100)
    if kind == 0:
        return ["r1 = %d" % a, "call f", "exit", "f: r0 = r1", "r0 += %d" % rnd.randint(0, 9), "exit"]
    if kind == 1:   # callee reads an argument that was not set (r2)
        return ["r1 = %d" % a, "call f", "exit", "f: r0 = r%d" % rnd.choice([1, 2, 3]), "exit"]
    if kind == 2:   # callee forgets r0
        return ["r1 = %d" % a, "call f", "exit", "f: r1 += 1", "exit"]
    if kind == 3:   # caller uses a clobbered register after the call
        r = rnd.choice([1, 2, 5, 6])
        return ["r%d = %d" % (r, a), "r1 = 1", "call f", "r0 = r%d" % r, "exit", "f: r0 = 0", "exit"]
    if kind == 4:   # pass a stack pointer to the callee
        s = rnd.choice([-8, -16])
        return ["r2 = %d" % a, "%s = r2" % mem(8, "r10", s), "r1 = r10", "r1 += %d" % s, "call f", "exit",
                "f: r0 = %s" % mem(rnd.choice([4, 8]), "r1", rnd.choice([0, 0, 8])), "exit"]
    if kind == 5:   # pass ctx and read a field in the callee
        o, s = rnd.choice(fields(t) + [(rnd.randint(1, 200), 4)])
        return ["call f", "exit", "f: r0 = %s" % mem(s, "r1", o), "r0 &= 1", "exit"]
    # nested, sometimes branching in the callee
    return ["r1 = %d" % a, "call f", "exit", "f: if r1 > %d goto +2" % rnd.randint(0, 100), "call g",
            "exit", "r0 = 1", "exit", "g: r0 = r1", "exit"]


def g_ctx(rnd, t):
    fs = fields(t)
    r = rnd.random()
    if r < 0.5:
        off, size = rnd.choice(fs)
    elif r < 0.7:
        off, size = rnd.choice(fs)
        size = rnd.choice([1, 2, 8])          # narrow or wide access to a field
        if size < 4:
            off += rnd.choice([0, 0, 1, 2, 3]) if size == 1 else rnd.choice([0, 2])
    else:
        off, size = rnd.randint(0, 260), rnd.choice([1, 2, 4, 8])
    p = []
    if rnd.random() < 0.15:
        p += ["r2 = 1", "%s = r2" % mem(size, "r1", off)]       # ctx store
        p += ["r0 = 0", "exit"]
        return p
    p.append("r0 = %s" % mem(size, "r1", off))
    if rnd.random() < 0.4:
        p.append("r0 &= %d" % rnd.choice([1, 0xff]))
    p.append("exit")
    return p


def g_uninit(rnd, t):
    r = rnd.randint(2, 9)
    kind = rnd.randint(0, 4)
    if kind == 0:
        return ["r0 = r%d" % r, "exit"]
    if kind == 1:
        return ["r0 = 1", "r0 += r%d" % r, "exit"]
    if kind == 2:
        return ["r0 = 0", "if r%d > 5 goto +1" % r, "r0 = 1", "exit"]
    if kind == 3:   # stack slot never written
        s = -8 * rnd.randint(1, 8)
        w = rnd.random() < 0.5
        p = ["r2 = 7"]
        if w:
            p.append("%s = r2" % mem(8, "r10", s))
        p += ["r0 = %s" % mem(rnd.choice([1, 4, 8]), "r10", s + rnd.choice([0, 0, -8])), "exit"]
        return p
    return ["exit"] if rnd.random() < 0.5 else ["r1 = 0", "exit"]   # r0 never set


def g_ptr(rnd, t, pick=scalar_field):
    kind = rnd.randint(0, 9)
    off, size = pick(rnd, t)
    load = "r2 = %s" % mem(size, "r1", off)
    if kind == 0:
        return [load, "r1 += r2", "r0 = *(u32 *)(r1 + 0)", "exit"]        # ctx + variable
    if kind == 1:
        return ["r1 %s %d" % (rnd.choice(["*=", "|=", "&=", "<<=", "/="]), rnd.randint(1, 8)), "r0 = 0", "exit"]
    if kind == 2:
        return ["w1 += %d" % rnd.randint(0, 8), "r0 = 0", "exit"]          # 32-bit op on a pointer
    if kind == 3:
        return ["r2 = r10", "r2 -= r1", "r0 = r2", "exit"]                 # stack - ctx
    if kind == 4:
        return ["r2 = r10", "r2 += %d" % rnd.choice([-8, -512, -520, 8, 0]),
                "%s = 0" % mem(rnd.choice([1, 8]), "r2", 0), "r0 = 0", "exit"]
    if kind == 5 and t == "xdp":
        return ["r2 = *(u32 *)(r1 + 0)", "r3 = *(u32 *)(r1 + 4)", "r3 -= r2", "r0 = r3", "r0 &= 1", "exit"]
    if kind == 6:
        return [load, "r3 = r10", "r3 += r2", "r0 = *(u8 *)(r3 - 1)", "exit"]   # unbounded stack offset
    if kind == 7:
        return ["r0 = r1", "r0 += %d" % rnd.randint(0, 16), "exit"]        # returning a pointer
    if kind == 8:
        return ["r2 = r1", "r2 += %d" % rnd.choice([0, 4, 8, 1 << 29]), "r0 = *(u32 *)(r2 + 0)", "exit"]
    return ["r1 = %s" % rnd.choice(["0", "r10"]), "r0 = *(u32 *)(r1 + 0)", "exit"]   # null/frame deref


def g_div(rnd, t, pick=scalar_field):
    w = rnd.random() < 0.5
    reg = "w0" if w else "r0"
    op = rnd.choice(["/=", "%=", "s/=", "s%="])
    kind = rnd.randint(0, 2)
    off, size = pick(rnd, t)
    p = ["r0 = %s" % mem(size, "r1", off)]
    if kind == 0:
        p.append("%s %s 0" % (reg, op))
    elif kind == 1:
        p.append("%s %s %d" % (reg, op, rnd.choice([1, 3, -1, 7])))
    else:
        p += ["r2 = %d" % rnd.choice([0, 0, 5]), "%s %s %s" % (reg, op, "w2" if w else "r2")]
    p.append("exit")
    return p


def g_shift(rnd, t, pick=scalar_field):
    w = rnd.random() < 0.5
    reg = "w0" if w else "r0"
    op = rnd.choice(["<<=", ">>=", "s>>="])
    off, size = pick(rnd, t)
    p = ["r0 = %s" % mem(size, "r1", off)]
    if rnd.random() < 0.7:
        p.append("%s %s %d" % (reg, op, rnd.choice([0, 1, 31, 32, 33, 63, 64, 65, 100])))
    else:
        p += ["r2 = %d" % rnd.choice([3, 32, 64, 70]), "%s %s %s" % (reg, op, "w2" if w else "r2")]
    p.append("exit")
    return p


def g_unreach(rnd, t):
    kind = rnd.randint(0, 3)
    if kind == 0:
        return ["r0 = 0", "exit"] + ["r0 += 1"] * rnd.randint(1, 3) + ["exit"]
    if kind == 1:
        return ["r0 = 0", "goto +%d" % (n := rnd.randint(1, 3))] + ["r0 = 1"] * n + ["exit"]
    if kind == 2:   # dead branch by a known constant: reachable in the CFG, pruned by the verifier
        return ["r0 = %d" % rnd.randint(0, 5), "if r0 > 10 goto +1", "exit", "r0 = r5", "exit"]
    return ["r0 = 0", "exit", "exit"]


def g_jmp(rnd, t):
    n = rnd.randint(0, 4)
    kind = rnd.randint(0, 3)
    if kind == 0:
        body = ["r0 = 0", "if r0 == 0 goto +%d" % rnd.choice([n + 1, n + 2, 1000])] + ["r0 += 1"] * n + ["exit"]
        return body
    if kind == 1:
        return ["r0 = 0", "goto -%d" % rnd.choice([2, 3, 10]), "exit"]
    if kind == 2:
        return ["r0 = 0", "if r0 == 0 goto +1", "r1 = 0x%x ll" % rnd.randint(1, 1 << 40), "exit"]
    return ["r0 = 0", "if r0 != 0 goto +%d" % n] + ["r0 += 1"] * n + ["exit"]   # valid


FAMILIES = [  # (category, generator, count per program type, types)
    ("alu", g_alu, 90, ("xdp", "socket_filter")),
    ("pkt", g_pkt, 160, ("xdp",)),
    ("spill", g_spill, 80, ("xdp", "socket_filter")),
    ("branch", g_branch, 60, ("xdp", "socket_filter")),
    ("loop", g_loop, 35, ("xdp", "socket_filter")),
    ("call", g_call, 40, ("xdp", "socket_filter")),
    ("ctx", g_ctx, 80, ("xdp", "socket_filter")),
    ("uninit", g_uninit, 25, ("xdp", "socket_filter")),
    ("ptr", g_ptr, 40, ("xdp", "socket_filter")),
    ("div", g_div, 25, ("xdp", "socket_filter")),
    ("shift", g_shift, 25, ("xdp", "socket_filter")),
    ("unreach", g_unreach, 15, ("xdp", "socket_filter")),
    ("jmp", g_jmp, 20, ("xdp", "socket_filter")),
    # appended later (so the families above keep their files): the same shapes on readable scalar fields only
    ("aluok", lambda r, t: g_alu(r, t, valid_scalar_field), 40, ("xdp", "socket_filter")),
    ("branchok", lambda r, t: g_branch(r, t, valid_scalar_field), 40, ("xdp", "socket_filter")),
    ("spillok", lambda r, t: g_spill(r, t, valid_scalar_field), 30, ("xdp", "socket_filter")),
]


def main():
    rnd = random.Random(SEED)
    for t in ("xdp", "socket_filter"):
        d = os.path.join(OUT, t)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".s"):
                    os.remove(os.path.join(d, f))
        os.makedirs(d, exist_ok=True)
    total = 0
    for cat, gen, count, types in FAMILIES:
        for t in types:
            seen = set()
            i = 0
            tries = 0
            while i < count and tries < count * 20:
                tries += 1
                text = "\n".join(gen(rnd, t)) + "\n"
                if text in seen:     # duplicates add nothing to the agreement figures
                    continue
                seen.add(text)
                with open(os.path.join(OUT, t, "%s_%04d.s" % (cat, i)), "w") as f:
                    f.write(text)
                i += 1
            total += i
    print("generated %d programs in %s" % (total, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
