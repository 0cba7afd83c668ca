#!/usr/bin/env python3
"""Records what the kernel answers for small programs that use maps, map/packet helpers and the
sched_cls/cgroup_skb/xdp contexts, so the runtime facade (org.bpfplay.engine.runtime) can be checked
against it without a kernel (RuntimeCasesTest).

Programs are encoded here as raw instructions (a ld_imm64 with src 1/2 and imm K names the K-th --map,
as kernel-oracle's .hex input does), written to a temporary .hex file and run with
/work/shared/tools/kernel-oracle run --json. Output: engine/src/test/resources/runtime/cases.jsonl,
one object per case: name, type, maps, inits, data, ctx, dump, insns (hex), and the kernel's retval,
data_out, dumped (maps kernel-oracle dumped) and entries (NAME:KEY=VALUE) or error.

Usage: scripts/record-runtime-cases.py   (needs root/CAP_BPF; KERNEL_ORACLE overrides the tool path)
"""
import json
import os
import struct
import subprocess
import sys
import tempfile

ORACLE = os.environ.get("KERNEL_ORACLE", "/work/shared/tools/kernel-oracle")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "test", "resources",
                   "runtime", "cases.jsonl")

UDP64 = ("0011223344556655443322110800450000321c464000401152c2c0a8010a0a0000019c400035001e0000"
         "4142434445464748494a4b4c4d4e4f50515253545556")


def ins(op, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", op, dst | (src << 4), off, imm)


def ld_map(dst, k, src=1, off=0):
    return ins(0x18, dst, src, 0, k) + ins(0, 0, 0, 0, off)


def mov(dst, imm):
    return ins(0xb7, dst, 0, 0, imm)


def movr(dst, src):
    return ins(0xbf, dst, src)


def add(dst, imm):
    return ins(0x07, dst, 0, 0, imm)


def call(n):
    return ins(0x85, 0, 0, 0, n)


def stw(dst, off, imm):
    return ins(0x62, dst, 0, off, imm)


def stdw(dst, off, imm):
    return ins(0x7a, dst, 0, off, imm)


def ldxw(dst, src, off):
    return ins(0x61, dst, src, off)


def ldxdw(dst, src, off):
    return ins(0x79, dst, src, off)


def stxdw(dst, src, off):
    return ins(0x7b, dst, src, off)


def stxb(dst, src, off):
    return ins(0x73, dst, src, off)


def jeq(dst, imm, off):
    return ins(0x15, dst, 0, off, imm)


def exit_():
    return ins(0x95)


def key_ptr(reg, off):
    """reg = r10 + off"""
    return movr(reg, 10) + add(reg, off)


CASES = []


def case(name, typ, code, data=UDP64, maps=(), inits=(), ctx=None, dump=(), repeat=1):
    CASES.append(dict(name=name, type=typ, code=code, data=data, maps=list(maps), inits=list(inits), ctx=ctx,
                      dump=list(dump), repeat=repeat))


# -- maps ---------------------------------------------------------------------------------------------
lookup_or_99 = (stw(10, -4, 1) + key_ptr(2, -4) + call(1) + jeq(0, 0, 2) + ldxdw(0, 0, 0) + exit_()
                + mov(0, 99) + exit_())
case("hash_lookup_hit", "xdp", ld_map(1, 1) + lookup_or_99, maps=["a:array:4:8:2", "b:hash:4:8:4"],
     inits=["b:01000000=0700000000000000"], dump=["b"])
case("hash_lookup_miss", "xdp", ld_map(1, 1) + lookup_or_99, maps=["a:array:4:8:2", "b:hash:4:8:4"], dump=["b"])
case("array_lookup_init", "xdp", ld_map(1, 0) + lookup_or_99, maps=["a:array:4:8:2", "b:hash:4:8:4"],
     inits=["a:01000000=0500000000000000"], dump=["a"])
# lookup, then add 3 through the pointer: the map changes
case("array_write_through_pointer", "xdp",
     ld_map(1, 0) + stw(10, -4, 1) + key_ptr(2, -4) + call(1) + jeq(0, 0, 5) + ldxdw(1, 0, 0) + add(1, 3)
     + stxdw(0, 1, 0) + mov(0, 1) + exit_() + mov(0, 2) + exit_(),
     maps=["a:array:4:8:2"], inits=["a:01000000=0500000000000000"], dump=["a"])

# --repeat runs the program again over the same maps: 5 + 3 * 3
case("array_write_through_pointer_repeat3", "xdp",
     ld_map(1, 0) + stw(10, -4, 1) + key_ptr(2, -4) + call(1) + jeq(0, 0, 5) + ldxdw(1, 0, 0) + add(1, 3)
     + stxdw(0, 1, 0) + mov(0, 1) + exit_() + mov(0, 2) + exit_(),
     maps=["a:array:4:8:2"], inits=["a:01000000=0500000000000000"], dump=["a"], repeat=3)


def update(flags, k=1, key=2, val=0x1122):
    return (ld_map(1, k) + stw(10, -4, key) + stdw(10, -16, val) + key_ptr(2, -4) + key_ptr(3, -16)
            + mov(4, flags) + call(2))


case("hash_update_any", "xdp", update(0) + exit_(), maps=["a:array:4:8:2", "b:hash:4:8:4"], dump=["b"])
case("hash_update_noexist_twice", "xdp", update(1) + update(1) + exit_(), maps=["a:array:4:8:2", "b:hash:4:8:4"],
     dump=["b"])
case("hash_update_exist_missing", "xdp", update(2) + exit_(), maps=["a:array:4:8:2", "b:hash:4:8:4"], dump=["b"])
case("hash_full_e2big", "xdp", update(0, key=1) + update(0, key=2) + update(0, key=3) + exit_(),
     maps=["a:array:4:8:2", "b:hash:4:8:2"], dump=["b"])
case("array_update_out_of_range", "xdp", update(0, k=0, key=5) + exit_(), maps=["a:array:4:8:2"], dump=["a"])
case("hash_delete", "xdp", ld_map(1, 0) + stw(10, -4, 1) + key_ptr(2, -4) + call(3) + exit_(),
     maps=["b:hash:4:8:4"], inits=["b:01000000=0700000000000000", "b:02000000=0800000000000000"], dump=["b"])
case("hash_delete_missing", "xdp", ld_map(1, 0) + stw(10, -4, 9) + key_ptr(2, -4) + call(3) + exit_(),
     maps=["b:hash:4:8:4"], dump=["b"])


def push(v, flags=0):
    return ld_map(1, 0) + stdw(10, -8, v) + key_ptr(2, -8) + mov(3, flags) + call(87)


pop_to_r0 = ld_map(1, 0) + key_ptr(2, -8) + call(88) + ldxdw(0, 10, -8) + exit_()
case("queue_push_pop", "xdp", push(5) + push(6) + pop_to_r0, maps=["q:queue:0:8:4"], dump=["q"])
case("stack_push_pop", "xdp", push(5) + push(6) + pop_to_r0, maps=["q:stack:0:8:4"], dump=["q"])
case("queue_pop_empty_rc", "xdp", stdw(10, -8, 77) + ld_map(1, 0) + key_ptr(2, -8) + call(88) + exit_(),
     maps=["q:queue:0:8:4"])
case("queue_peek", "xdp", push(5) + ld_map(1, 0) + key_ptr(2, -8) + call(89) + ldxdw(0, 10, -8) + exit_(),
     maps=["q:queue:0:8:4"], dump=["q"])
case("queue_full_e2big", "xdp", push(1) + push(2) + push(3) + exit_(), maps=["q:queue:0:8:2"], dump=["q"])
# map value address (ld_imm64 src 2): first value of an array, plus 8
case("array_map_value_ldimm", "xdp", ld_map(1, 0, src=2, off=8) + ldxdw(0, 1, 0) + exit_(),
     maps=["a:array:4:16:1"], inits=["a:00000000=01000000000000000900000000000000"], dump=["a"])
# tail call into an empty prog_array falls through
case("tail_call_empty_slot", "xdp", ld_map(2, 0) + mov(3, 0) + call(12) + mov(0, 42) + exit_(),
     maps=["p:prog_array:4:4:4"])

# -- xdp packet helpers --------------------------------------------------------------------------------
pkt_len = ldxw(2, 1, 0) + ldxw(3, 1, 4) + ins(0x1f, 3, 2) + movr(0, 3) + exit_()  # r0 = data_end - data
case("xdp_adjust_head_shrink", "xdp", movr(6, 1) + mov(2, 14) + call(44) + movr(1, 6) + pkt_len)
case("xdp_adjust_head_grow", "xdp", movr(6, 1) + mov(2, -8) + call(44) + movr(1, 6) + pkt_len)
case("xdp_adjust_head_too_far_rc", "xdp", mov(2, 4000) + call(44) + exit_())
case("xdp_adjust_head_grow_write", "xdp",
     movr(6, 1) + mov(2, -4) + call(44) + ldxw(2, 6, 0) + ldxw(3, 6, 4) + movr(4, 2) + add(4, 4)
     + ins(0x2d, 4, 3, 3) + mov(5, 0xab) + stxb(2, 5, 0) + stxb(2, 5, 3) + mov(0, 2) + exit_())
case("xdp_adjust_tail_shrink", "xdp", movr(6, 1) + mov(2, -10) + call(65) + movr(1, 6) + pkt_len)
case("xdp_adjust_tail_grow", "xdp", movr(6, 1) + mov(2, 6) + call(65) + movr(1, 6) + pkt_len)
case("xdp_adjust_meta", "xdp",
     movr(6, 1) + mov(2, -8) + call(54) + ldxw(2, 6, 8) + ldxw(3, 6, 0) + ins(0x1f, 3, 2) + movr(0, 3) + exit_())
case("xdp_adjust_meta_bad_len_rc", "xdp", mov(2, -6) + call(54) + exit_())
case("xdp_redirect", "xdp", mov(1, 1) + mov(2, 0) + call(23) + exit_())
case("xdp_redirect_bad_flags", "xdp", mov(1, 1) + mov(2, 8) + call(23) + exit_())

# -- skb ---------------------------------------------------------------------------------------------------
load_bytes = lambda off, n: (mov(2, off) + key_ptr(3, -8) + stdw(10, -8, 0) + mov(4, n) + call(26))
case("skb_load_bytes", "socket_filter", load_bytes(0, 4) + ldxw(0, 10, -8) + exit_())
case("skb_load_bytes_oob_rc", "socket_filter", load_bytes(48, 4) + exit_())
case("tc_load_bytes_l2", "sched_cls", load_bytes(12, 2) + ldxw(0, 10, -8) + exit_())
case("tc_len_protocol", "sched_cls", ldxw(2, 1, 0) + ldxw(3, 1, 16) + ins(0x27, 3, 0, 0, 65536) + ins(0x0f, 2, 3)
     + movr(0, 2) + exit_())
case("tc_pkt_len_direct", "sched_cls", ldxw(2, 1, 76) + ldxw(3, 1, 80) + ins(0x1f, 3, 2) + movr(0, 3) + exit_())
case("tc_store_bytes", "sched_cls",
     stw(10, -4, 0x01020304) + mov(2, 0) + key_ptr(3, -4) + mov(4, 4) + mov(5, 0) + call(9) + exit_())
case("tc_store_bytes_oob_rc", "sched_cls",
     stw(10, -4, 0x01020304) + mov(2, 62) + key_ptr(3, -4) + mov(4, 4) + mov(5, 0) + call(9) + exit_())
case("tc_redirect", "sched_cls", mov(1, 1) + mov(2, 0) + call(23) + exit_())
case("tc_redirect_bad_flags", "sched_cls", mov(1, 1) + mov(2, 2) + call(23) + exit_())
# cgroup_skb must return 0 or 1: r0 = (value == expected)
is_50 = lambda reg: mov(0, 0) + ins(0x55, reg, 0, 1, 50) + mov(0, 1) + exit_()
case("cgroup_skb_len_is_50", "cgroup_skb", ldxw(2, 1, 0) + is_50(2))
case("cgroup_skb_direct_len_is_50", "cgroup_skb", ldxw(2, 1, 76) + ldxw(3, 1, 80) + ins(0x1f, 3, 2) + is_50(3))

def main():
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for c in CASES:
            path = os.path.join(tmp, c["name"] + ".hex")
            with open(path, "w") as f:
                f.write(c["code"].hex())
            cmd = [ORACLE, "run", "--type", c["type"], "--json", "--log-level", "1"]
            if c["data"] is not None:
                cmd += ["--data", c["data"]]
            for m in c["maps"]:
                cmd += ["--map", m]
            for i in c["inits"]:
                cmd += ["--init", i]
            if c["ctx"]:
                cmd += ["--ctx", c["ctx"]]
            for d in c["dump"]:
                cmd += ["--dump", d]
            if c["repeat"] > 1:
                cmd += ["--repeat", str(c["repeat"])]
            cmd.append(path)
            p = subprocess.run(cmd, capture_output=True, text=True)
            # one program: one JSON document (pretty-printed when --dump is given)
            res = json.loads(p.stdout) if p.stdout.strip() else {"error": p.stderr.strip()}
            row = {"name": c["name"], "type": c["type"], "data": c["data"], "ctx": c["ctx"], "maps": c["maps"],
                   "inits": c["inits"], "dump": c["dump"], "repeat": c["repeat"],
                   "insns": c["code"].hex()}
            if "error" in res or not res.get("accepted", True):
                row["error"] = res.get("error") or "rejected: " + res.get("log", "")[-200:]
                print("case %s: %s" % (c["name"], row["error"]), file=sys.stderr)
            else:
                row["retval"] = res["retval"]
                row["data_out"] = res.get("data_out")
                # flattened for simple readers: the maps kernel-oracle dumped, and NAME:KEY=VALUE per entry
                dumps = {k: v for k, v in res.get("maps", {}).items() if v is not None}
                row["dumped"] = sorted(dumps)
                row["entries"] = ["%s:%s=%s" % (k, e["key"], e["value"]) for k in sorted(dumps) for e in dumps[k]]
            rows.append(row)
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=False) + "\n")
    print("recorded %d cases into %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
