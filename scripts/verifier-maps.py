#!/usr/bin/env python3
"""Map support for scripts/record-verifier-corpus.sh (programs with a NAME.maps sidecar).

  verifier-maps.py patch RELOCS HEX MAPS
      RELOCS is `llvm-objdump-19 -r` of the assembled object; every R_BPF_64_64 relocation
      against map NAME turns the ld_imm64 at that offset in HEX (xxd -p -c 8, one slot a line)
      into src=1 (map fd) with imm = the index of NAME in MAPS (one NAME:TYPE:K:V:N[:F] a line,
      maps of maps with a trailing :inner=TEMPLATE), which is what kernel-oracle's --map (and
      scripts/kernel-oracle-plus.py's) expects for .hex input.
  verifier-maps.py mask LOG HEX
      The kernel prints a map's kernel address in `(18) rN = 0x...` lines, different on every
      load; replace it by the stable fake the engine prints (KernelDisasm.fakeMapAddress): map K
      at 0xffff888100000000 + K*0x10000, its value (src=2) at + 0x1000 + offset. The 0x0 a
      CAP_BPF-only loader is shown instead (no allow_ptr_leaks) is the kernel's text and stays.
"""
import re
import sys

FAKE_BASE = 0xffff888100000000


def read_slots(hex_path):
    with open(hex_path) as f:
        return [line.strip() for line in f if line.strip()]


def patch(relocs_path, hex_path, maps_path):
    names = [line.split(':')[0] for line in open(maps_path) if line.strip()]
    slots = read_slots(hex_path)
    for line in open(relocs_path):
        m = re.match(r'^([0-9a-f]{16})\s+R_BPF_64_64\s+(\S+)', line.strip())
        if not m:
            continue
        pc = int(m.group(1), 16) // 8
        name = m.group(2)
        if name not in names:
            sys.exit(f'relocation against unknown map {name}')
        b = bytearray.fromhex(slots[pc])
        b[1] = (b[1] & 0x0f) | 0x10
        b[4:8] = names.index(name).to_bytes(4, 'little')
        slots[pc] = b.hex()
    with open(hex_path, 'w') as f:
        f.write('\n'.join(slots) + '\n')


def mask(log_path, hex_path):
    slots = read_slots(hex_path)
    # (an optional first column: the loop's SCC number in 6.18's live-registers table)
    pat = re.compile(r'(^\s*(?:\d+\s+)?|before )(\d+)(: (?:[.0-9]{10} )?\(18\) r\d+ = )0x[0-9a-f]+')

    def fake(m):
        if m.group(0).endswith(' 0x0'):
            return m.group(0)  # a loader without CAP_PERFMON sees 0x0, not an address: nothing to mask
        pc = int(m.group(2))
        # without CAP_PERFMON the kernel hides the address itself: 0x0 stays
        if pc + 1 >= len(slots) or m.group(0).endswith(' 0x0'):
            return m.group(0)
        b = bytes.fromhex(slots[pc])
        src = b[1] >> 4
        if b[0] != 0x18 or src not in (1, 2) or m.group(0).endswith(' 0x0'):
            return m.group(0)  # 0x0: a loader without CAP_PERFMON sees no kernel pointers
        k = int.from_bytes(b[4:8], 'little') & 0xffff
        addr = FAKE_BASE + k * 0x10000
        if src == 2:
            addr += 0x1000 + int.from_bytes(bytes.fromhex(slots[pc + 1])[4:8], 'little')
        return f'{m.group(1)}{m.group(2)}{m.group(3)}{addr:#x}'

    text = open(log_path).read()
    out = '\n'.join(pat.sub(fake, line) for line in text.split('\n'))
    with open(log_path, 'w') as f:
        f.write(out)


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'patch':
        patch(*sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == 'mask':
        mask(*sys.argv[2:])
    else:
        sys.exit(__doc__)
