r0 = 0x123456789 ll
r1 = -1 ll
r0 += r1
exit
