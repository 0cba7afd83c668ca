# type: socket_filter
# packets: udp64 eth14
# Narrow ctx loads of the upper bytes of len (u16 at +2, u8 at +3) are 0 for short packets: r0 = len + upper*1000.
  r2 = *(u16 *)(r1 + 2)
  r3 = *(u8 *)(r1 + 3)
  r4 = *(u8 *)(r1 + 0)
  r0 = r2
  r0 += r3
  r0 *= 1000
  r0 += r4
  exit
