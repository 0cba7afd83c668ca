r0 = 0x1234
r0 = bswap16 r0
r1 = 0x12345678
r1 = be32 r1
r2 = 5
r2 = le16 r2
exit
