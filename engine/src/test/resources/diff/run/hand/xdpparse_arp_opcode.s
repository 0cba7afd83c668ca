# type: xdp
# packets: arp udp64
# ARP: returns opcode << 16 | last octet of the target IP; XDP_PASS (2) for non-ARP.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 2
  r4 = r2
  r4 += 42
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 12)
  r5 = be16 r5
  if r5 != 0x0806 goto out
  r6 = *(u16 *)(r2 + 20)
  r6 = be16 r6
  r7 = *(u8 *)(r2 + 41)
  r0 = r6
  r0 <<= 16
  r0 |= r7
out:
  exit
