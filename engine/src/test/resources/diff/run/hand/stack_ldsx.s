# type: xdp
# packets: udp64
# v4 sign-extending loads (ldsx) of 8/16/32 bits from the stack.
  r1 = 0x80ff7f0180000000 ll
  *(u64 *)(r10 - 8) = r1
  r2 = *(s8 *)(r10 - 1)     # 0x80 -> -128
  r3 = *(s16 *)(r10 - 4)    # 0x7f01 -> 32513
  r4 = *(s32 *)(r10 - 8)    # 0x80000000 -> -2^31
  r5 = *(s8 *)(r10 - 3)     # 0xff -> -1
  r0 = r2
  r0 += r3
  r0 += r5
  r4 >>= 32                 # 0xffffffff
  r0 ^= r4
  exit
