# type: xdp
# packets: udp64 tcp_syn
# Copies 8 bytes packet -> stack, modifies them on the stack, copies back at another offset.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 40
  if r4 > r3 goto out
  r5 = *(u64 *)(r2 + 0)
  *(u64 *)(r10 - 8) = r5
  r6 = 0xff
  *(u8 *)(r10 - 8) = r6
  r7 = *(u64 *)(r10 - 8)
  *(u64 *)(r2 + 32) = r7
  r0 = r7
out:
  exit
