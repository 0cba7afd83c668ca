# type: xdp
# packets: udp64
# Build a u64 from narrow stores (u8, u16, u32) then read it whole.
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r2 = 0xab
  *(u8 *)(r10 - 8) = r2
  r2 = 0xcdef
  *(u16 *)(r10 - 6) = r2
  r2 = 0x01234567
  *(u32 *)(r10 - 4) = r2
  r0 = *(u64 *)(r10 - 8)
  r1 = r0
  r1 >>= 32
  r0 ^= r1
  exit
