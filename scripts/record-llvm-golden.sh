#!/bin/sh
# Records the golden encodings of the assembler corpus with the real LLVM tools.
# For each engine/src/test/resources/asm/llvm/NAME.s it writes NAME.hex: the bytes of the
# object's code section (.text, or the section a .section directive chose), one 8-byte slot per line as 16 hex digits in memory order.
# The code must resolve entirely inside llvm-mc (no relocations against it): this is checked.
# Usage: scripts/record-llvm-golden.sh   (needs llvm-mc-19, llvm-objcopy-19, llvm-readelf-19)
set -eu
dir="$(cd "$(dirname "$0")/.." && pwd)/engine/src/test/resources/asm/llvm"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for s in "$dir"/*.s; do
    name="$(basename "$s" .s)"
    llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj -o "$tmp/$name.o" "$s"
    # The one non-empty executable section (.text, or the one a .section directive chose).
    sections="$(llvm-readelf-19 -S -W "$tmp/$name.o" | awk '$0 ~ /PROGBITS/ && $0 ~ / AX / {
        sub(/^.*\] */, ""); if ($5 !~ /^0+$/) print $1 }')"
    if [ "$(echo "$sections" | wc -w)" -ne 1 ]; then
        echo "$s: expected exactly one non-empty code section, found: $sections" >&2
        exit 1
    fi
    if llvm-readelf-19 -r "$tmp/$name.o" | grep -q "Relocation section '.rel$sections'"; then
        echo "$s: its code has relocations; the corpus must resolve without a linker" >&2
        exit 1
    fi
    llvm-objcopy-19 -O binary --only-section="$sections" "$tmp/$name.o" "$tmp/$name.bin"
    {
        echo "# recorded by scripts/record-llvm-golden.sh from $name.s:"
        echo "#   llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj $name.s"
        echo "#   llvm-objcopy-19 -O binary --only-section=$sections; one 8-byte slot per line"
        echo "# $(llvm-mc-19 --version | grep -i 'llvm version' | sed 's/^ *//')"
        od -An -v -tx1 "$tmp/$name.bin" | tr -d ' \n' | fold -w16
        echo
    } > "$dir/$name.hex"
    echo "$name: $(grep -vc '^#' "$dir/$name.hex") slots"
done
