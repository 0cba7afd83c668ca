# type: xdp
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc
# Reads the last byte of the packet through a variable offset (len - 1), bounded for the verifier.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r3
  r4 -= r2
  r4 -= 1
  r0 = 0
  if r4 > 200 goto out
  r5 = r2
  r5 += r4
  r6 = r5
  r6 += 1
  if r6 > r3 goto out
  r0 = *(u8 *)(r5 + 0)
  r4 <<= 8
  r0 |= r4
out:
  exit
