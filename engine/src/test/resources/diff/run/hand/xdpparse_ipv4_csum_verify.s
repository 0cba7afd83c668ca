# type: xdp
# packets: udp64 tcp_syn vlan_icmp
# Verifies the IPv4 header checksum (ones' complement sum of 10 words); returns the folded sum (0xffff if valid).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 12)
  if r5 != 0x0008 goto out
  r6 = 0
  r7 = 14
loop:
  r8 = r2
  r8 += r7
  r9 = *(u16 *)(r8 + 0)
  r9 = be16 r9
  r6 += r9
  r7 += 2
  if r7 < 34 goto loop
  r8 = r6
  r8 >>= 16
  r6 &= 0xffff
  r6 += r8
  r8 = r6
  r8 >>= 16
  r6 += r8
  r6 &= 0xffff
  r0 = r6
out:
  exit
