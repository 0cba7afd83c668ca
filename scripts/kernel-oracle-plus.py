#!/usr/bin/env python3
"""kernel-oracle-plus: kernel-oracle (the same command line and output) with what a real loader adds
for two features kernel-oracle lacks. Without either, it behaves exactly as kernel-oracle.

1. Callbacks. The kernel refuses a callback reference (ld_imm64 src_reg=4, BPF_PSEUDO_FUNC) with
   "missing btf func_info" unless the loader describes the program's functions in BTF, as libbpf
   does for a C program. For a program containing such a reference, every subprogram (the main
   program included) is described as a static function `int fN(void)`: a small BTF blob (one INT,
   one FUNC_PROTO without parameters, one static FUNC per subprogram) is loaded and passed as
   prog_btf_fd/func_info with the load. bpfplay's verifier models exactly that loader.

2. Maps in maps. kernel-oracle cannot give BPF_MAP_CREATE an inner_map_fd. A --map spec may end
   in `:inner=TEMPLATE`, naming a map declared by an EARLIER --map of the same program:

    --map in:array:4:8:2 --map out:array_of_maps:4:4:3:0:inner=in
    --map in:hash:4:8:16 --map out:hash_of_maps:4:4:8:inner=in       (flags optional)

   The template is created as an ordinary map (it keeps its place in the --map list, so ld_imm64
   indexes of .hex input count it) and its fd goes into attr.inner_map_fd (offset 20 of union
   bpf_attr's BPF_MAP_CREATE part: map_type, key_size, value_size, max_entries, map_flags,
   inner_map_fd). --init on a map of maps: the 4-byte little-endian value is a 1-based map number
   N in the --map list (the engine's map id convention), replaced by the fd of the N-th map.

kernel-oracle (/work/shared/tools/kernel-oracle, not ours; KERNEL_ORACLE overrides the path) is
loaded as a module and these functions of it are replaced. The corpus recorder uses this wrapper
for every program (scripts/record-verifier-corpus.sh).
"""
import ctypes
import importlib.machinery
import importlib.util
import os
import struct
import sys

ORACLE = os.environ.get("KERNEL_ORACLE", "/work/shared/tools/kernel-oracle")
_loader = importlib.machinery.SourceFileLoader("kernel_oracle", ORACLE)
ko = importlib.util.module_from_spec(importlib.util.spec_from_loader("kernel_oracle", _loader))
_loader.exec_module(ko)

_plain_create_map = ko.create_map
_plain_map_update = ko.map_update
_plain_run_one = ko.run_one
_plain_prog_load = ko.prog_load
_created = []  # the maps of the program being loaded, in --map order

# ---------------------------------------------------------------- callbacks: BTF func_info

BTF_LOAD = 18
KIND_INT, KIND_FUNC, KIND_FUNC_PROTO = 1, 12, 13


def subprog_starts(text):
    """Subprogram starts as the kernel finds them: targets of bpf-to-bpf calls and of ld_imm64 src=4."""
    n = len(text) // 8
    starts = {0}
    i = 0
    while i < n:
        code, regs, _off, imm = struct.unpack_from("<BBhi", text, i * 8)
        src = regs >> 4
        if code == 0x85 and src == 1 and 0 <= i + imm + 1 < n:
            starts.add(i + imm + 1)
        if code == 0x18:
            if src == 4 and 0 <= i + imm + 1 < n:
                starts.add(i + imm + 1)
            i += 2
            continue
        i += 1
    return sorted(starts)


def btf_blob(nfuncs):
    strs = b"\0int\0"
    names = []
    for k in range(nfuncs):
        names.append(len(strs))
        strs += f"f{k}".encode() + b"\0"
    types = struct.pack("<IIII", 1, KIND_INT << 24, 4, (1 << 24) | 32)       # [1] int
    types += struct.pack("<III", 0, KIND_FUNC_PROTO << 24, 1)                  # [2] int (void)
    for k in range(nfuncs):                                                    # [3+k] static fk
        types += struct.pack("<III", names[k], KIND_FUNC << 24, 2)
    hdr = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strs))
    return hdr + types + strs


def load_btf(blob):
    buf = ctypes.create_string_buffer(blob, len(blob))
    logbuf = ctypes.create_string_buffer(1 << 16)
    attr = struct.pack("<QQIII", ko.ptr(buf), ko.ptr(logbuf), len(blob), len(logbuf), 1)
    attr += b"\0" * (64 - len(attr))
    fd, err, _ = ko.bpf(BTF_LOAD, attr)
    if fd < 0:
        raise ko.OracleError(f"BTF_LOAD failed: {os.strerror(err)}: {logbuf.value.decode(errors='replace')}", 3)
    return fd


def prog_load(text, prog_type, log_level, log_size=1 << 24, prog_flags=0):
    if not has_func_pointer(bytes(text)):
        return _plain_prog_load(text, prog_type, log_level, log_size, prog_flags)
    starts = subprog_starts(bytes(text))
    btf_fd = load_btf(btf_blob(len(starts)))
    finfo = b"".join(struct.pack("<II", s, 3 + k) for k, s in enumerate(starts))
    fbuf = ctypes.create_string_buffer(finfo, len(finfo))
    insns = ctypes.create_string_buffer(bytes(text), len(text))
    lic = ctypes.create_string_buffer(b"GPL")
    log = ctypes.create_string_buffer(max(log_size, 1))
    attr = struct.pack("<IIQQIIQII16sIIIIQI", ko.PROG_TYPES[prog_type], len(text) // 8, ko.ptr(insns), ko.ptr(lic),
                       log_level, log_size if log_level else 0, ko.ptr(log) if log_level else 0, 0, prog_flags,
                       b"oracle", 0, 0, btf_fd, 8, ko.ptr(fbuf), len(starts))
    attr += b"\0" * (144 - len(attr))
    t0 = ko.time.perf_counter_ns()
    fd, err, _ = ko.bpf(ko.PROG_LOAD, attr)
    load_ns = ko.time.perf_counter_ns() - t0
    os.close(btf_fd)
    return fd, err, log.value.decode(errors="replace"), load_ns


# ---------------------------------------------------------------- maps in maps: inner_map_fd

def create_map(spec):
    parts = spec.split(":")
    if not parts[-1].startswith("inner="):
        m = _plain_create_map(spec)
        _created.append(m)
        return m
    inner_name = parts[-1][len("inner="):]
    base = ":".join(parts[:-1])
    if len(parts) - 1 not in (5, 6):
        raise ko.OracleError(f"--map {spec}: want NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES[:FLAGS]:inner=TEMPLATE")
    name, typ = parts[0], parts[1]
    if typ not in ko.MAP_TYPES:
        raise ko.OracleError(f"--map {spec}: unknown type {typ}")
    inner = next((m for m in _created if m["name"] == inner_name), None)
    if inner is None:
        raise ko.OracleError(f"--map {spec}: the template {inner_name} must be declared by an earlier --map")
    ks, vs, me = (int(x, 0) for x in parts[2:5])
    flags = int(parts[5], 0) if len(parts) - 1 == 6 else 0
    attr = struct.pack("<IIIIII", ko.MAP_TYPES[typ], ks, vs, me, flags, inner["fd"])
    attr += struct.pack("<I16s", 0, name[:15].encode())  # numa_node, map_name
    attr += b"\0" * (128 - len(attr))
    fd, err, _ = ko.bpf(ko.MAP_CREATE, attr)
    if fd < 0:
        raise ko.OracleError(f"map {name}: BPF_MAP_CREATE failed: {os.strerror(err)}", 1)
    m = dict(name=name, type=typ, fd=fd, key_size=ks, value_size=vs, max_entries=me, inner=inner_name)
    _created.append(m)
    return m


def map_update(m, key, value):
    if "inner" in m and len(value) == 4:
        n = struct.unpack("<I", value)[0]
        if not 1 <= n <= len(_created):
            raise ko.OracleError(f"--init {m['name']}: map number {n} but {len(_created)} maps declared")
        value = struct.pack("<I", _created[n - 1]["fd"])
    _plain_map_update(m, key, value)


def run_one(a):
    _created.clear()
    return _plain_run_one(a)


def has_func_pointer(text):
    """Whether the program holds an ld_imm64 with src_reg=4 (BPF_PSEUDO_FUNC)."""
    i = 0
    while i + 8 <= len(text):
        code, regs = text[i], text[i + 1]
        if code == 0x18:
            if regs >> 4 == 4:
                return True
            i += 16
            continue
        i += 8
    return False


ko.prog_load = prog_load
ko.create_map = create_map
ko.map_update = map_update
ko.run_one = run_one
# --mode cap_bpf re-executes __file__ under capsh: make that this wrapper, not the plain oracle
ko.__file__ = os.path.abspath(__file__)

if __name__ == "__main__":
    sys.exit(ko.main())
