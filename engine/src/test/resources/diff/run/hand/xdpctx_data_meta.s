# type: xdp
# packets: udp64
# data_meta (ctx+8) equals data (ctx+0) when no metadata was given: r0 = data - data_meta (0) + 5.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 8)
  r0 = r2
  r0 -= r3
  r0 += 5
  exit
