# byte swaps and truncations
call 7
r1 = r0
r1 &= 0xff
r2 = r1
r2 = be16 r2
r3 = r1
r3 = be32 r3
r4 = r1
r4 = be64 r4
r5 = r0
r5 &= 0x3fff
r5 += 3
r6 = r5
r6 = le16 r6
r7 = r5
r7 = le32 r7
r8 = r5
r8 = bswap16 r8
r9 = r5
r9 = bswap64 r9
r0 = 0
exit
