# type: xdp
# 16-bit atomic read-modify-write does not exist (only 32/64-bit); encoded by hand (STX|ATOMIC|H, imm ADD).
  *(u64 *)(r10 - 8) = 0
  r1 = 1
  .byte 0xcb, 0x1a, 0xf8, 0xff, 0x00, 0x00, 0x00, 0x00
  r0 = 0
  exit
