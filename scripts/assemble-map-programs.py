#!/usr/bin/env python3
"""Turns the kernel-recorded map programs (engine/src/test/resources/maps/programs/NAME.s, written by
scripts/record-map-kernel.sh) into instruction bytes, so the runtime can replay them without an assembler:
llvm-mc-19 assembles each program to an object, llvm-objcopy-19 extracts .text, and every R_BPF_64_64
relocation against a map symbol (from llvm-objdump-19 -r) becomes a ld_imm64 with src 1 (map by index) and
imm = that map's position in the --map list record-map-kernel.sh passed to kernel-oracle: the case's maps
in file order, then res:array:4:16:max(1, ops), then buf:array:4:4096:1 if the case has ringbuf outputs.

Output: engine/src/test/resources/maps/program-bytes.jsonl, one object per case:
  name, maps (MapSpec text, in index order), inits (NAME:KEYHEX=VALUEHEX), dumps, insns (hex).
Usage: scripts/assemble-map-programs.py   (needs llvm-mc-19, llvm-objcopy-19, llvm-objdump-19)
"""
import json
import os
import subprocess
import sys
import tempfile

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "test", "resources", "maps")
RINGBUF_OPS = {"output", "reserve", "query"}


def parse_case(path):
    maps, inits, ops, dumps = [], [], 0, []
    ringbuf = False
    for line in open(path):
        w = line.split("#")[0].split()
        if not w:
            continue
        if w[0] == "map":
            maps.append(":".join(w[1:7]))
        elif w[0] == "init":
            inits.append("%s:%s=%s" % (w[1], w[2], w[3]))
        elif w[0] == "op":
            ops += 1
            ringbuf |= w[1] in RINGBUF_OPS
        elif w[0] == "dump":
            dumps.append(w[1])
    maps.append("res:array:4:16:%d" % max(1, ops))
    if ringbuf:
        maps.append("buf:array:4:4096:1")
    return maps, inits, dumps


def assemble(src, names, tmp):
    obj = os.path.join(tmp, "p.o")
    text = os.path.join(tmp, "p.bin")
    subprocess.run(["llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", src, "-o", obj], check=True)
    subprocess.run(["llvm-objcopy-19", "-O", "binary", "--only-section=.text", obj, text], check=True)
    code = bytearray(open(text, "rb").read())
    relocs = subprocess.run(["llvm-objdump-19", "-r", obj], check=True, capture_output=True, text=True).stdout
    for line in relocs.splitlines():
        w = line.split()
        if len(w) == 3 and w[1] == "R_BPF_64_64":
            off, sym = int(w[0], 16), w[2]
            if sym not in names:
                sys.exit("%s: relocation against unknown map %s" % (src, sym))
            code[off + 1] = (code[off + 1] & 0x0f) | (1 << 4)
            code[off + 4:off + 8] = names.index(sym).to_bytes(4, "little")
    return bytes(code)


def main():
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted(os.listdir(os.path.join(DIR, "cases"))):
            name = f[:-len(".case")]
            maps, inits, dumps = parse_case(os.path.join(DIR, "cases", f))
            names = [m.split(":")[0] for m in maps]
            code = assemble(os.path.join(DIR, "programs", name + ".s"), names, tmp)
            rows.append({"name": name, "maps": maps, "inits": inits, "dumps": dumps, "insns": code.hex()})
    with open(os.path.join(DIR, "program-bytes.jsonl"), "w") as out:
        for r in rows:
            out.write(json.dumps(r) + "\n")
    print("assembled %d programs" % len(rows))


if __name__ == "__main__":
    main()
