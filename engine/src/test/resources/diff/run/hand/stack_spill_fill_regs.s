# type: xdp
# packets: udp64
# Spill all of r0..r9 to the stack, clobber them, fill them back, and combine.
  r0 = 1
  r2 = 2
  r3 = 3
  r4 = 4
  r5 = 5
  r6 = 6
  r7 = 7
  r8 = 8
  r9 = 9
  *(u64 *)(r10 - 8) = r0
  *(u64 *)(r10 - 16) = r2
  *(u64 *)(r10 - 24) = r3
  *(u64 *)(r10 - 32) = r4
  *(u64 *)(r10 - 40) = r5
  *(u64 *)(r10 - 48) = r6
  *(u64 *)(r10 - 56) = r7
  *(u64 *)(r10 - 64) = r8
  *(u64 *)(r10 - 72) = r9
  r0 = 0
  r2 = 0
  r9 = 0
  r0 = *(u64 *)(r10 - 72)
  r2 = *(u64 *)(r10 - 64)
  r0 *= r2
  r3 = *(u64 *)(r10 - 8)
  r0 += r3
  r4 = *(u64 *)(r10 - 40)
  r0 <<= r4
  exit
