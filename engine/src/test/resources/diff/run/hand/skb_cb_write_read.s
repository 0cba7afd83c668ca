# type: socket_filter
# packets: udp64
# socket_filter may write cb[0..4]: store, then read back, including a u8 read of cb[1]'s second byte.
  r2 = 0x11223344
  *(u32 *)(r1 + 48) = r2
  r2 = 0x55667788
  *(u32 *)(r1 + 52) = r2
  *(u32 *)(r1 + 64) = 9
  r3 = *(u32 *)(r1 + 48)
  r4 = *(u8 *)(r1 + 53)
  r5 = *(u32 *)(r1 + 64)
  r0 = r3
  r0 ^= r4
  r0 += r5
  exit
