#!/usr/bin/env bash
# Records the Linux kernel's verdict, errno and level-1/level-2 verifier logs for every program of
# the verifier corpus (engine/src/test/resources/verifier/corpus/<prog_type>/<name>.s|.hex), so
# that VerifierCorpusTest runs without the kernel. For each program it writes next to it:
#   <name>.hex     the instruction bytes as hex (assembled from .s with llvm-mc-19/llvm-objcopy-19;
#                  a hand-written .hex, used for encodings llvm-mc refuses, is kept as is)
#   <name>.expect  "accepted=true|false" and "errno=N|none" lines (in the recording's mode)
#   <name>.l1.log  the level-1 log, <name>.l2.log  the level-2 log
# A program with a <name>.maps sidecar (one kernel-oracle --map spec a line, NAME:TYPE:K:V:N[:FLAGS])
# is loaded with those maps: `r1 = NAME ll` in a .s becomes ld_imm64 src=1 imm=index of NAME
# (scripts/verifier-maps.py patch), and the map addresses the kernel prints in its logs are
# replaced by the engine's stable fakes (scripts/verifier-maps.py mask). Programs are loaded through
# scripts/kernel-oracle-plus.py: kernel-oracle plus what a real loader gives for callbacks (BTF
# func_info) and for maps in maps (a spec ending in `:inner=TEMPLATE`, an earlier map, gives the
# inner_map_fd); other programs load exactly as with kernel-oracle.
# Usage: scripts/record-verifier-corpus.sh [--dir CORPUS_ROOT] [--type PROG_TYPE] [--mode MODE]
#                                          [--copy-from CORPUS_ROOT] [name-filter]
#   --dir   another corpus root with the same layout, e.g. the generated corpus
#           engine/src/test/resources/verifier/corpus-gen (written by scripts/gen-verifier-programs.py)
#   --type  only that program type's subdirectory (lets two recordings run side by side)
#   --mode  root (default) or cap_bpf (CAP_BPF without CAP_PERFMON: kernel-oracle --mode cap_bpf);
#           cap_bpf defaults --dir to engine/src/test/resources/verifier/corpus-cap_bpf
#   --copy-from  also record every program of that (already recorded) corpus root in this mode,
#           reading its .hex and .maps where they are and writing only the results, as
#           <type>/root-<name>.expect/.l1.log/.l2.log under --dir (the root corpus re-recorded in
#           cap_bpf mode: scripts/record-verifier-corpus.sh --mode cap_bpf
#           --copy-from engine/src/test/resources/verifier/corpus; VerifierCorpusTest finds the
#           program of a root-<name> without a .hex of its own in the root corpus)
#   --missing  only programs without a recording yet (no <name>.expect)
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
ROOT=engine/src/test/resources/verifier/corpus
ONLY_TYPE=
MODE=root
DIR_SET=
COPY_FROM=
MISSING=
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) ROOT=${2%/}; DIR_SET=1; shift 2 ;;
    --type) ONLY_TYPE=$2; shift 2 ;;
    --mode) MODE=$2; shift 2 ;;
    --copy-from) COPY_FROM=${2%/}; shift 2 ;;
    --missing) MISSING=1; shift ;;
    *) break ;;
  esac
done
case "$MODE" in
  root) ;;
  cap_bpf) [ -z "$DIR_SET" ] && ROOT=engine/src/test/resources/verifier/corpus-cap_bpf ;;
  *) echo "unknown --mode $MODE (root or cap_bpf)" >&2; exit 2 ;;
esac
FILTER=${1:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# record SRC_DIR NAME OUT_DIR OUT_NAME TYPE: asks the kernel about SRC_DIR/NAME (.s assembled into
# SRC_DIR/NAME.hex first, maps from SRC_DIR/NAME.maps) and writes OUT_DIR/OUT_NAME.expect/.l1.log/.l2.log
record() {
  local dir=$1 name=$2 out=$3 oname=$4 type=$5 hex=$1$2.hex lvl spec
  if [ -e "$dir$name.s" ]; then
    llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$dir$name.s" -o "$tmp/p.o"
    llvm-objcopy-19 -O binary --only-section=.text "$tmp/p.o" "$tmp/p.bin"
    xxd -p -c 8 "$tmp/p.bin" > "$hex"
    if [ -e "$dir$name.maps" ]; then
      llvm-objdump-19 -r "$tmp/p.o" > "$tmp/relocs"
      scripts/verifier-maps.py patch "$tmp/relocs" "$hex" "$dir$name.maps"
    fi
  fi
  local mapargs=()
  if [ -e "$dir$name.maps" ]; then
    while read -r spec; do [ -n "$spec" ] && mapargs+=(--map "$spec"); done < "$dir$name.maps"
  fi
  for lvl in 1 2; do
    # kernel-oracle-plus: kernel-oracle plus BTF func_info for callbacks and inner maps for maps in maps
    KERNEL_ORACLE=$ORACLE scripts/kernel-oracle-plus.py verify --type "$type" --mode "$MODE" --log-level "$lvl" --json "${mapargs[@]}" "$hex" > "$tmp/r$lvl.json" || true
    jq -j '.log' "$tmp/r$lvl.json" > "$tmp/log" || { echo "oracle failed on $name" >&2; return; }
    # a log that filled the 16 MiB buffer (1M processed insns) is kept as its last 2 KiB only
    if [ "$(stat -c %s "$tmp/log")" -gt 1048576 ]; then tail -c 2048 "$tmp/log" > "$out$oname.l$lvl.log"
    else cp "$tmp/log" "$out$oname.l$lvl.log"; fi
    [ -e "$dir$name.maps" ] && scripts/verifier-maps.py mask "$out$oname.l$lvl.log" "$hex"
  done
  jq -r '"accepted=\(.accepted)\nerrno=\(.errno // "none")"' "$tmp/r1.json" > "$out$oname.expect"
}

# each_program DIR: the names of DIR's programs (a .s, or a hand-written .hex without a .s) matching FILTER
each_program() {
  local src name
  for src in "$1"*.s "$1"*.hex; do
    [ -e "$src" ] || continue
    name=$(basename "${src%.*}")
    [ -n "$FILTER" ] && [[ "$name" != *"$FILTER"* ]] && continue
    # a .hex next to a .s is generated output, not a second program
    [[ "$src" == *.hex && -e "$1$name.s" ]] && continue
    echo "$name"
  done
}

for dir in "$ROOT"/*/; do
  type=$(basename "$dir")
  [ -n "$ONLY_TYPE" ] && [ "$type" != "$ONLY_TYPE" ] && continue
  for name in $(each_program "$dir"); do
    [ -n "$MISSING" ] && [ -e "$dir$name.expect" ] && continue
    record "$dir" "$name" "$dir" "$name" "$type"
  done
done
if [ -n "$COPY_FROM" ]; then
  for dir in "$COPY_FROM"/*/; do
    type=$(basename "$dir")
    [ -n "$ONLY_TYPE" ] && [ "$type" != "$ONLY_TYPE" ] && continue
    mkdir -p "$ROOT/$type"
    for name in $(each_program "$dir"); do
      [ -n "$MISSING" ] && [ -e "$ROOT/$type/root-$name.expect" ] && continue
      # (assembling the root corpus's .s again rewrites its .hex with the same bytes)
      record "$dir" "$name" "$ROOT/$type/" "root-$name" "$type"
    done
  done
fi
echo "recorded $(ls "$ROOT"/*/*.expect | wc -l) programs"
