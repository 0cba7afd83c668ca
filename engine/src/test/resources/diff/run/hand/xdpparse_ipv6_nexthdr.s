# type: xdp
# packets: ipv6_udp udp64
# IPv6: returns next header << 16 | hop limit << 8 | last byte of the destination address; 0 when not IPv6.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 54
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 12)
  if r5 != 0xdd86 goto out
  r6 = *(u8 *)(r2 + 20)
  r7 = *(u8 *)(r2 + 21)
  r8 = *(u8 *)(r2 + 53)
  r0 = r6
  r0 <<= 8
  r0 |= r7
  r0 <<= 8
  r0 |= r8
out:
  exit
