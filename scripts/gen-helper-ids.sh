#!/usr/bin/env bash
# Prints the "name id" pairs of the kernel's helper list (___BPF_FUNC_MAPPER in the UAPI bpf.h);
# engine/src/main/java/org/bpfplay/engine/helpers/HelperId.java was generated from this list.
# Usage: scripts/gen-helper-ids.sh /path/to/linux/include/uapi/linux/bpf.h
set -euo pipefail
grep -oE 'FN\(([a-z0-9_]+), ([0-9]+), ##ctx\)' "${1:?path to bpf.h}" \
  | sed -E 's/FN\(([a-z0-9_]+), ([0-9]+).*/\1 \2/' | grep -v '^unspec '
