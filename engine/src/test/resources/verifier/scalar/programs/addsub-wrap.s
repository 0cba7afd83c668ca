# add/sub that wrap at one or both ends
call 7
r1 = r0
r1 &= 0xff
r2 = r1
r2 += -1
r3 = r1
r3 |= 1
r3 += -1
r4 = r1
r4 -= 300
r5 = r1
r5 += 1
r6 = 0
r6 -= r5
r7 = r0
r7 >>= 1
r7 += r7
w8 = w1
w8 -= 0x100
w9 = w1
w9 += 0x7fffff80
r0 = 0
exit
