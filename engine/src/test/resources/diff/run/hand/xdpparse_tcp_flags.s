# type: xdp
# packets: udp64 tcp_syn
# TCP: returns data offset (header length in bytes) << 8 | flags byte; 0 when not TCP.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 54
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 23)
  if r5 != 6 goto out
  r6 = *(u8 *)(r2 + 14)
  if r6 != 0x45 goto out        # no IP options in this fast path
  r7 = *(u8 *)(r2 + 46)
  r7 >>= 4
  r7 <<= 2
  r8 = *(u8 *)(r2 + 47)
  r0 = r7
  r0 <<= 8
  r0 |= r8
out:
  exit
