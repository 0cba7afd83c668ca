# type: xdp
# packets: udp64
# atomic_fetch_add returns the old value in the source register (64-bit and 32-bit).
  *(u64 *)(r10 - 8) = 40
  r1 = 2
  r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)     # r1 = 40, mem = 42
  *(u32 *)(r10 - 16) = 7
  w2 = 5
  w2 = atomic_fetch_add((u32 *)(r10 - 16), w2)    # w2 = 7, mem = 12
  r3 = *(u64 *)(r10 - 8)
  r4 = *(u32 *)(r10 - 16)
  r0 = r1
  r0 *= 100
  r0 += r3
  r0 *= 100
  r0 += r2
  r0 *= 100
  r0 += r4
  exit
