# type: xdp
# packets: udp64 tcp_syn
# IPv4 saddr ^ daddr, as loaded (little-endian u32 loads of network-order bytes).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u32 *)(r2 + 26)
  r6 = *(u32 *)(r2 + 30)
  r0 = r5
  r0 ^= r6
out:
  exit
