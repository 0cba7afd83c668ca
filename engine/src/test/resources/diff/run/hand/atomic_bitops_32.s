# type: xdp
# packets: udp64
# 32-bit atomic or/and/xor with fetch; the fetched value is zero-extended.
  *(u32 *)(r10 - 4) = -16
  w1 = 0xf
  w1 = atomic_fetch_or((u32 *)(r10 - 4), w1)      # w1 = 0xfffffff0, mem = 0xffffffff
  w2 = 0x0ff0
  w2 = atomic_fetch_and((u32 *)(r10 - 4), w2)     # w2 = 0xffffffff, mem = 0x0ff0
  w3 = 0x1111
  lock *(u32 *)(r10 - 4) ^= w3                    # 0x1ee1
  r0 = *(u32 *)(r10 - 4)
  r1 >>= 16
  r2 >>= 8
  r0 += r1
  r0 += r2
  exit
