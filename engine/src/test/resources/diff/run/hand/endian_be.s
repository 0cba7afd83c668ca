# type: xdp
# packets: udp64
# be16/be32/be64 on a little-endian host byte-swap and truncate to the width (be16 keeps 16 bits).
  r1 = 0x1122334455667788 ll
  r2 = r1
  r2 = be16 r2          # 0x8877
  r3 = r1
  r3 = be32 r3          # 0x88776655
  r4 = r1
  r4 = be64 r4          # 0x8877665544332211
  r4 >>= 32             # 0x88776655
  r0 = r2
  r0 <<= 16
  r0 ^= r3
  r0 += r4
  exit
