# type: xdp
# packets: udp64 tcp_syn arp
# Bounds check for 24 bytes, then reads bytes 22..23 as be16.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 24
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 22)
  r0 = be16 r0
out:
  exit
