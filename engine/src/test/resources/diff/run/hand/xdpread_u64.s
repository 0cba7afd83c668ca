# type: xdp
# packets: udp64 tcp_syn
# Reads two u64 words from the packet (unaligned offset 6 is fine for xdp without strict alignment).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 16
  if r4 > r3 goto out
  r5 = *(u64 *)(r2 + 0)
  r6 = *(u64 *)(r2 + 6)
  r0 = r5
  r0 ^= r6
  r6 >>= 32
  r0 += r6
out:
  exit
