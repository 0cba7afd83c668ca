# type: xdp
# packets: udp64 eth14
# Store-immediate of every size into the packet (u64 imm sign-extended).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  *(u8 *)(r2 + 0) = 0xaa
  *(u16 *)(r2 + 1) = 0xbbcc
  *(u32 *)(r2 + 3) = 0x11223344
  *(u64 *)(r2 + 6) = -2
  r0 = 2
out:
  exit
