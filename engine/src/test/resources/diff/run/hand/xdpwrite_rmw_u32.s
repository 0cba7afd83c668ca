# type: xdp
# packets: udp64
# A plain read-modify-write of a u32 in the packet (atomics on packet memory are rejected, see rejected/).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 64
  if r4 > r3 goto out
  r5 = *(u32 *)(r2 + 60)
  r5 += 0x01010101
  *(u32 *)(r2 + 60) = r5
  r0 = r5
out:
  exit
