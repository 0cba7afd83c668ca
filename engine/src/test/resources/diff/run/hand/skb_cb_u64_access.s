# type: socket_filter
# packets: udp64
# cb[0..1] accessed as one u64 (allowed for the cb area): write 64 bits, read the halves back.
  r2 = 0xaabbccdd00112233 ll
  *(u64 *)(r1 + 48) = r2
  r3 = *(u32 *)(r1 + 48)
  r4 = *(u32 *)(r1 + 52)
  r5 = *(u64 *)(r1 + 48)
  r5 >>= 48
  r0 = r3
  r0 ^= r4
  r0 += r5
  exit
