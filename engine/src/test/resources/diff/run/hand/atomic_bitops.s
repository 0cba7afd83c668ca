# type: xdp
# packets: udp64
# Atomic or/and/xor, with and without fetch, on one stack slot.
  r1 = 0xf0
  *(u64 *)(r10 - 8) = r1
  r2 = 0x0f
  lock *(u64 *)(r10 - 8) |= r2                    # 0xff
  r3 = 0x3c
  lock *(u64 *)(r10 - 8) &= r3                    # 0x3c
  r4 = 0xff
  r4 = atomic_fetch_xor((u64 *)(r10 - 8), r4)     # r4 = 0x3c, mem = 0xc3
  r5 = 0x100
  r5 = atomic_fetch_or((u64 *)(r10 - 8), r5)      # r5 = 0xc3, mem = 0x1c3
  r6 = 0x1f0
  r6 = atomic_fetch_and((u64 *)(r10 - 8), r6)     # r6 = 0x1c3, mem = 0x1c0
  r0 = *(u64 *)(r10 - 8)
  r0 <<= 12
  r0 ^= r4
  r0 += r5
  r0 += r6
  exit
