r0 = 0x1234
r0 = bswap16 r0
exit
