# type: xdp
# packets: udp64 tcp_syn ipv6_udp arp vlan_icmp
# Eth -> IPv4 (IHL-aware) -> UDP/TCP: returns (protocol << 24) | dst port, or 0 for anything else.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 12)
  r5 = be16 r5
  if r5 != 0x0800 goto out
  r6 = *(u8 *)(r2 + 14)
  r6 &= 0x0f
  if r6 < 5 goto out
  r6 <<= 2
  r7 = *(u8 *)(r2 + 23)
  r8 = r2
  r8 += 14
  r8 += r6
  r9 = r8
  r9 += 4
  if r9 > r3 goto out
  if r7 == 6 goto ports
  if r7 == 17 goto ports
  goto out
ports:
  r0 = *(u16 *)(r8 + 2)
  r0 = be16 r0
  r7 <<= 24
  r0 |= r7
out:
  exit
