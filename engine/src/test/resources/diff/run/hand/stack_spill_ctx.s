# type: xdp
# packets: udp64 arp
# Spill the ctx pointer to the stack, fill it back and use it to read data/data_end.
  *(u64 *)(r10 - 8) = r1
  r1 = 0
  r6 = *(u64 *)(r10 - 8)
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r0 = r3
  r0 -= r2
  exit
