#!/usr/bin/env python3
"""Generates the map programs of the maps+helpers differential suite
(engine/src/test/resources/diff/maps-helpers/gen/*.s), deterministically from a fixed seed.

Each program works on one map `m` (or ring buffer `rb`) of a random type/shape and performs a random sequence of
helper calls on it (update with every flag, delete, lookup with write-through and atomic counters,
lookup_percpu_elem, push/pop/peek, ringbuf output/reserve+submit/discard/query). Op i stores its r0 (and a
value it read, 0 if none) into the value of `res` key 0 at offsets 16*i and 16*i+8, so the results of helpers
on maps the kernel cannot dump (queue, stack, bloom_filter, ringbuf) are compared too.
Headers read by scripts/record-kernel-map-runs.py: type, maps, inits, packets.

Usage: scripts/gen-map-helper-programs.py [--seed 20261125]   (rewrites gen/ completely)
"""
import os
import random
import sys

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "test", "resources", "diff",
                   "maps-helpers", "gen")
CPUS = 2  # the recording machine's possible CPUs: per-CPU inits carry one value per CPU


def le(data):
    return data.hex()


def key_bytes(kind, ks, r):
    if kind == "lpm":
        plen = r.choice([0, 8, 16, 24, 32, 24, 16])
        ip = bytes([10, r.choice([0, 1]), r.choice([0, 1, 2]), r.randrange(4)])
        return plen.to_bytes(4, "little") + ip
    return r.randrange(0, 10).to_bytes(ks, "little")


def value_bytes(vs, r):
    return bytes(r.randrange(256) for _ in range(vs))


class Prog:
    def __init__(self):
        self.lines = []
        self.nops = 0

    def emit(self, *ls):
        self.lines.extend(ls)

    def put_bytes(self, off, data, width=32):
        """Writes data (zero-padded to width bytes) at fp+off as u64 words."""
        data = data + bytes(width - len(data))
        for i in range(0, width, 8):
            self.emit("r1 = 0x%x ll" % int.from_bytes(data[i:i + 8], "little"), "*(u64 *)(r10 %d) = r1" % (off + i))

    def store(self, reg, extra=None):
        i = self.nops
        self.emit("*(u64 *)(r9 + %d) = %s" % (16 * i, reg))
        if extra:
            self.emit("*(u64 *)(r9 + %d) = %s" % (16 * i + 8, extra))
        self.nops += 1


def load_word(vs):
    return "u64" if vs >= 8 else "u32" if vs >= 4 else "u8"


def gen_keyed(p, r, kind, ks, vs, me, percpu, nops):
    """Ops on hash-like and array-like maps; a third of the per-CPU programs also use lookup_percpu_elem."""
    percpu = percpu and r.random() < 0.34
    for _ in range(nops):
        op = r.choices(["update", "delete", "lookup", "lookup_inc", "lookup_atomic", "percpu_elem"],
                       [5, 2, 3, 2, 2, 2 if percpu else 0])[0]
        key = key_bytes(kind, ks, r)
        p.emit("# %s key %s" % (op, key.hex()))
        p.put_bytes(-64, key, 8)
        if op == "update":
            flags = r.choices([0, 1, 2, 3, 4], [4, 3, 3, 1, 1])[0]
            p.put_bytes(-48, value_bytes(vs, r))
            p.emit("r1 = m ll", "r2 = r10", "r2 += -64", "r3 = r10", "r3 += -48", "r4 = %d" % flags, "call 2")
            p.store("r0")
        elif op == "delete":
            p.emit("r1 = m ll", "r2 = r10", "r2 += -64", "call 3")
            p.store("r0")
        else:
            i = p.nops
            lbl = "L%d" % i
            w = load_word(vs)
            if op == "percpu_elem":
                p.emit("r1 = m ll", "r2 = r10", "r2 += -64", "r3 = %d" % r.choice([0, 1, 1, 2]), "call 195")
            else:
                p.emit("r1 = m ll", "r2 = r10", "r2 += -64", "call 1")
            p.emit("r6 = 0", "r7 = 0", "if r0 == 0 goto %s" % lbl, "r6 = 1", "r7 = *(%s *)(r0 + 0)" % w)
            if op == "lookup_inc":
                p.emit("r1 = r7", "r1 += %d" % r.randrange(1, 1000), "*(%s *)(r0 + 0) = r1" % w)
            elif op == "lookup_atomic" and vs >= 4:
                p.emit("r1 = %d" % r.randrange(1, 100), "lock *(%s *)(r0 + 0) += %s" % (w, "r1" if w == "u64" else "w1"))
            if vs >= 16 and r.random() < 0.5:
                p.emit("r1 = 0x%x ll" % r.getrandbits(64), "*(u64 *)(r0 + 8) = r1")
            p.emit("%s:" % lbl)
            p.store("r6", "r7")


def gen_queue(p, r, kind, vs, nops):
    for _ in range(nops):
        op = r.choices(["push", "pop", "peek"], [5, 3, 2] if kind != "bloom" else [5, 0, 4])[0]
        p.emit("# " + op)
        if op == "push":
            if kind == "bloom":
                val = bytes([r.randrange(6)]) + bytes(vs - 1)
            else:
                val = value_bytes(vs, r)
            p.put_bytes(-48, val)
            flags = r.choices([0, 2, 1], [5, 2, 1])[0] if kind != "bloom" else r.choice([0, 0, 0, 2])
            p.emit("r1 = m ll", "r2 = r10", "r2 += -48", "r3 = %d" % flags, "call 87")
            p.store("r0")
        elif op == "peek" and kind == "bloom":
            p.put_bytes(-48, bytes([r.randrange(6)]) + bytes(vs - 1))
            p.emit("r1 = m ll", "r2 = r10", "r2 += -48", "call 89")
            p.store("r0")
        else:
            p.put_bytes(-48, b"")
            p.emit("r1 = m ll", "r2 = r10", "r2 += -48", "call %d" % (88 if op == "pop" else 89),
                   "r7 = *(%s *)(r10 - 48)" % load_word(vs))
            p.store("r0", "r7")


def gen_ringbuf(p, r, nops):
    for _ in range(nops):
        op = r.choices(["output", "submit", "discard", "query"], [4, 3, 2, 3])[0]
        p.emit("# " + op)
        i = p.nops
        if op == "output":
            size = r.choice([1, 5, 8, 13, 16, 24, 32])
            p.put_bytes(-48, value_bytes(32, r))
            p.emit("r1 = rb ll", "r2 = r10", "r2 += -48", "r3 = %d" % size, "r4 = %d" % r.choice([0, 0, 1, 2]),
                   "call 130")
            p.store("r0")
        elif op in ("submit", "discard"):
            size = r.choice([4, 8, 12, 16, 64, 200, 1000])
            p.emit("r1 = rb ll", "r2 = %d" % size, "r3 = 0", "call 131", "r6 = 0",
                   "if r0 == 0 goto L%d" % i, "r1 = 0x%x ll" % r.getrandbits(32), "*(u32 *)(r0 + 0) = r1",
                   "r1 = r0", "r2 = %d" % r.choice([0, 0, 1, 2]), "call %d" % (132 if op == "submit" else 133),
                   "r6 = 1", "L%d:" % i)
            p.store("r6")
        else:
            p.emit("r1 = rb ll", "r2 = %d" % r.choice([0, 1, 2, 3]), "call 134")
            p.store("r0")


SHAPES = [
    # (type, kind, key_size choices, value_size choices, max_entries choices, flags choices)
    ("hash", "hash", [4], [4, 8, 12, 16], [4, 8, 16], [0, 1, 64]),
    ("array", "array", [4], [4, 8, 16], [4, 8], [0]),
    ("percpu_hash", "hash", [4], [8, 16], [4, 8], [0, 1]),
    ("percpu_array", "array", [4], [8, 16], [4, 6], [0]),
    ("lru_hash", "hash", [4], [8], [4, 8, 16], [0, 2]),
    ("lru_percpu_hash", "hash", [4], [8], [4, 8, 16], [0, 2]),
    ("lpm_trie", "lpm", [8], [8], [4, 8], [1]),
    ("queue", "queue", [0], [4, 8], [3, 5], [0]),
    ("stack", "stack", [0], [4, 8], [3, 5], [0]),
    ("bloom_filter", "bloom", [0], [4, 8], [8, 64], [0]),
    ("ringbuf", "ringbuf", [0], [0], [4096], [0]),
]


def gen_one(r, idx, shape):
    mtype, kind, kss, vss, mes, fls = shape
    ks, vs, me, fl = r.choice(kss), r.choice(vss), r.choice(mes), r.choice(fls)
    nops = r.randrange(6, 24)
    p = Prog()
    ptype = r.choice(["xdp", "xdp", "socket_filter", "sched_cls", "cgroup_skb"])
    p.emit("r1 = 0", *["*(u64 *)(r10 %d) = r1" % o for o in range(-8, -72, -8)],
           "*(u32 *)(r10 - 4) = r1", "r1 = res ll", "r2 = r10", "r2 += -4", "call 1",
           "if r0 != 0 goto Lstart", "r0 = 0", "exit", "Lstart:", "r9 = r0")
    inits = []
    if kind in ("hash", "array", "lpm"):
        for _ in range(r.randrange(0, 3)):
            k = key_bytes(kind, ks, r)
            if kind == "array":
                k = r.randrange(me).to_bytes(4, "little")
            v = value_bytes(vs * (CPUS if "percpu" in mtype else 1), r)
            inits.append("m:%s=%s" % (k.hex(), v.hex()))
        gen_keyed(p, r, kind, ks, vs, me, "percpu" in mtype, nops)
        mname = "m"
    elif kind == "ringbuf":
        gen_ringbuf(p, r, nops)
        mname = "rb"
    else:
        gen_queue(p, r, kind, vs, nops)
        mname = "m"
    rets = {"xdp": [1, 2, 3, 0], "cgroup_skb": [0, 1]}.get(ptype, [0, 1, 64])  # cgroup_skb: the verifier wants 0..1
    p.emit("r0 = %d" % r.choice(rets), "exit")
    spec = "%s:%s:%d:%d:%d" % (mname, mtype, ks, vs, me) + (":%d" % fl if fl else "")
    if mtype == "lpm_trie":
        spec = "%s:%s:%d:%d:%d:%d" % (mname, mtype, ks, vs, me, fl)
    name = "%03d_%s.s" % (idx, mtype)
    hdr = ["# generated by scripts/gen-map-helper-programs.py (seed %s)" % SEED, "# type: " + ptype,
           "# maps: %s res:array:4:%d:1" % (spec, 16 * p.nops), "# packets: udp64"]
    if inits:
        hdr.append("# inits: " + " ".join(inits))
    return name, "\n".join(hdr + p.lines) + "\n"


SEED = 20261125


def main():
    global SEED
    if len(sys.argv) == 3 and sys.argv[1] == "--seed":
        SEED = int(sys.argv[2])
    r = random.Random(SEED)
    os.makedirs(DIR, exist_ok=True)
    for f in os.listdir(DIR):
        if f.endswith(".s"):
            os.remove(os.path.join(DIR, f))
    idx = 0
    for rnd in range(14):
        for shape in SHAPES:
            name, text = gen_one(r, idx, shape)
            with open(os.path.join(DIR, name), "w") as f:
                f.write(text)
            idx += 1
    print("generated %d programs in %s" % (idx, DIR))


if __name__ == "__main__":
    main()
