# type: xdp
# packets: vlan_icmp udp64
# 802.1Q: returns VLAN id << 16 | inner ethertype, or 0xffff for an untagged frame.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 18
  if r4 > r3 goto out
  r0 = 0xffff
  r5 = *(u16 *)(r2 + 12)
  r5 = be16 r5
  if r5 != 0x8100 goto out
  r6 = *(u16 *)(r2 + 14)
  r6 = be16 r6
  r6 &= 0x0fff
  r7 = *(u16 *)(r2 + 16)
  r7 = be16 r7
  r0 = r6
  r0 <<= 16
  r0 |= r7
out:
  exit
