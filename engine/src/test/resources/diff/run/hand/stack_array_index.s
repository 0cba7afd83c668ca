# type: xdp
# packets: udp64 tcp_syn arp
# A stack array indexed by a value from the packet (masked to 0..7): tests variable-offset stack access.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  r0 = 0
  if r4 > r3 goto out
  *(u64 *)(r10 - 64) = 10
  *(u64 *)(r10 - 56) = 11
  *(u64 *)(r10 - 48) = 12
  *(u64 *)(r10 - 40) = 13
  *(u64 *)(r10 - 32) = 14
  *(u64 *)(r10 - 24) = 15
  *(u64 *)(r10 - 16) = 16
  *(u64 *)(r10 - 8) = 17
  r5 = *(u8 *)(r2 + 11)   # last byte of the source MAC
  r5 &= 7
  r5 <<= 3
  r6 = r10
  r6 += -64
  r6 += r5
  r0 = *(u64 *)(r6 + 0)
out:
  exit
