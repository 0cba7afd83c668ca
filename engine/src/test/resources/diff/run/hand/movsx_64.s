# type: xdp
# packets: udp64
# v4 movsx (ALU64): r = (s8)/(s16)/(s32) sign-extends the low 8/16/32 bits to 64.
  r1 = 0x1234567890abcd80 ll
  r2 = (s8)r1           # -128
  r3 = (s16)r1          # 0xcd80 -> -12928
  r4 = (s32)r1          # 0x90abcd80 negative
  r5 = r4
  r5 >>= 32             # 0xffffffff
  r0 = r2
  r0 += r3
  r0 ^= r5
  exit
