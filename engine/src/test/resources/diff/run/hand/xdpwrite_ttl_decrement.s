# type: xdp
# packets: udp64 tcp_syn ipv6_udp
# IPv4 forwarding step: decrement TTL and patch the header checksum incrementally (RFC 1624 style +0x0100).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 2
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 12)
  if r5 != 0x0008 goto out      # ethertype 0x0800 read little-endian
  r6 = *(u8 *)(r2 + 22)
  if r6 <= 1 goto drop
  r6 -= 1
  *(u8 *)(r2 + 22) = r6
  r7 = *(u16 *)(r2 + 24)
  r7 = be16 r7
  r7 += 0x0100
  r8 = r7
  r8 >>= 16
  r7 &= 0xffff
  r7 += r8
  r7 = be16 r7
  *(u16 *)(r2 + 24) = r7
  r0 = 3
  goto out
drop:
  r0 = 1
out:
  exit
