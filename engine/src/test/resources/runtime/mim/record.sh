#!/usr/bin/env bash
# Records what Linux does with mim_run.s (MapInMapRunTest): the .map lines become --map specs for
# scripts/kernel-oracle-plus.py (llvm-mc does not know .map), the map of maps is seeded with map
# number 1 (the inner map; the wrapper turns the number into its fd), the inner map with 0x2a/0x10.
# Output: mim_run.json (retval and the inner map's entries after the run).
set -euo pipefail
cd "$(dirname "$0")"
root=../../../../../..
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -v '^\.map' mim_run.s > "$tmp/p.s"
"$root/scripts/kernel-oracle-plus.py" run --type xdp --json \
  --map inner:array:4:8:2 --map outer:array_of_maps:4:4:3:0:inner=inner \
  --init inner:00000000=2a00000000000000 --init inner:01000000=1000000000000000 \
  --init outer:00000000=01000000 \
  --data 00112233445566778899aabb08004500001c0000000040110000c0a80001c0a80002 \
  --dump inner "$tmp/p.s" | jq -c '{retval, maps}' > mim_run.json
