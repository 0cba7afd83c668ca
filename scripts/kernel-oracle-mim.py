#!/usr/bin/env python3
"""kernel-oracle with maps in maps: the same command line, plus map specs with an inner template.

kernel-oracle (/work/shared/tools/kernel-oracle, not ours; loaded here as a module) cannot give
BPF_MAP_CREATE an inner_map_fd. This wrapper replaces its create_map so that a --map spec may end
in `:inner=TEMPLATE`, naming a map declared by an EARLIER --map of the same program:

    --map in:array:4:8:2 --map out:array_of_maps:4:4:3:0:inner=in
    --map in:hash:4:8:16 --map out:hash_of_maps:4:4:8:inner=in       (flags optional)

The template is created as an ordinary map (it keeps its place in the --map list, so ld_imm64
indexes of .hex input count it) and its fd goes into attr.inner_map_fd (offset 20 of
union bpf_attr's BPF_MAP_CREATE part: map_type, key_size, value_size, max_entries, map_flags,
inner_map_fd). The kernel copies the template's type, sizes, flags and max_entries into the
outer map's inner_map_meta, which is what the verifier checks inner map pointers against.

--init on a map of maps: the 4-byte little-endian value is a 1-based map number N in the --map
list (the engine's map id convention) and is replaced by the fd of the N-th map.

Every other spec and option behaves exactly as in kernel-oracle.
"""
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
_created = []  # the maps of the program being loaded, in --map order


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


ko.create_map = create_map
ko.map_update = map_update
ko.run_one = run_one
# --mode cap_bpf re-executes __file__ under capsh: make that this wrapper, not the plain oracle
ko.__file__ = os.path.abspath(__file__)

if __name__ == "__main__":
    sys.exit(ko.main())
