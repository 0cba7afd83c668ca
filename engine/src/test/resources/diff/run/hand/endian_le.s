# type: xdp
# packets: udp64
# le16/le32 on a little-endian host only truncate (zero-extend from 16/32 bits); le64 is a no-op.
  r1 = 0x1122334455667788 ll
  r2 = r1
  r2 = le16 r2          # 0x7788
  r3 = r1
  r3 = le32 r3          # 0x55667788
  r4 = r1
  r4 = le64 r4
  r4 >>= 32             # 0x11223344
  r0 = r2
  r0 += r3
  r0 ^= r4
  exit
