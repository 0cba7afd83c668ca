# type: xdp
# packets: udp64 tcp_syn ipv6_udp
# Reads the ethertype (network order) and converts it with be16: returns 0x0800 / 0x86dd.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 12)
  r0 = be16 r0
out:
  exit
