# type: xdp
# packets: udp64 tcp_syn ipv6_udp arp eth14 llc
# Overwrites every byte after the Ethernet header with (index & 0xff) ^ 0x5a, in a bounded loop.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = 14
  r0 = 0
loop:
  r5 = r2
  r5 += r4
  r6 = r5
  r6 += 1
  if r6 > r3 goto out
  r7 = r4
  r7 ^= 0x5a
  *(u8 *)(r5 + 0) = r7
  r0 += 1
  r4 += 1
  if r4 < 100 goto loop
out:
  exit
