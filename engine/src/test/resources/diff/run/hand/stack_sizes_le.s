# type: xdp
# packets: udp64
# Store a u64 and read back u8/u16/u32 pieces: little-endian layout on the stack.
  r1 = 0x1122334455667788 ll
  *(u64 *)(r10 - 8) = r1
  r2 = *(u8 *)(r10 - 8)     # 0x88
  r3 = *(u16 *)(r10 - 6)    # 0x5566
  r4 = *(u32 *)(r10 - 4)    # 0x11223344
  r5 = *(u8 *)(r10 - 1)     # 0x11
  r0 = r4
  r0 ^= r3
  r0 += r2
  r0 += r5
  exit
