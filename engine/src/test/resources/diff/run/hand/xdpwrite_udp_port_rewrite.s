# type: xdp
# packets: udp64 tcp_syn
# Rewrites the UDP destination port 53 -> 5353 (IHL-aware offset) and zeroes the UDP checksum.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 2
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 23)
  if r5 != 17 goto out
  r6 = *(u8 *)(r2 + 14)
  r6 &= 0xf
  r6 <<= 2
  r7 = r2
  r7 += 14
  r7 += r6
  r8 = r7
  r8 += 8
  if r8 > r3 goto out
  r9 = *(u16 *)(r7 + 2)
  r9 = be16 r9
  if r9 != 53 goto out
  r9 = 5353
  r9 = be16 r9
  *(u16 *)(r7 + 2) = r9
  *(u16 *)(r7 + 6) = 0
  r0 = 3
out:
  exit
