# type: xdp
# packets: udp64
# v4 movsx of values whose sign bit is clear leaves them unchanged (only the low bits survive).
  r1 = 0x7f7f7f7f7f7f7f7f ll
  r2 = (s8)r1           # 0x7f
  r3 = (s16)r1          # 0x7f7f
  r4 = (s32)r1          # 0x7f7f7f7f
  r0 = r2
  r0 += r3
  r0 += r4
  exit
