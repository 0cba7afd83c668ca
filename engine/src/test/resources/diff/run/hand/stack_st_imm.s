# type: xdp
# packets: udp64
# ST (store immediate) of each size; the DW store sign-extends its 32-bit immediate.
  *(u64 *)(r10 - 8) = -2
  *(u32 *)(r10 - 16) = -1
  *(u32 *)(r10 - 12) = 0x12345678
  *(u16 *)(r10 - 18) = 0xbeef
  *(u8 *)(r10 - 19) = 0x7a
  *(u8 *)(r10 - 20) = 0
  *(u16 *)(r10 - 22) = 0
  r1 = *(u64 *)(r10 - 8)
  r1 >>= 32                 # 0xffffffff
  r2 = *(u64 *)(r10 - 16)   # 0x12345678ffffffff
  r2 >>= 24
  r3 = *(u64 *)(r10 - 24)   # includes the u16/u8 stores
  r3 >>= 16
  r0 = r1
  r0 ^= r2
  r0 += r3
  exit
