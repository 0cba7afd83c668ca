# multiplication with signs and overflow
call 7
r1 = r0
r1 &= 0xff
r2 = r0
r2 s>>= 60
r3 = r1
r3 *= r2
r4 = r2
r4 *= -3
r5 = r1
r5 *= r1
r5 *= r1
r5 *= r1
r5 *= r1
w6 = w1
w6 *= w2
r7 = r0
r7 &= 0x1ffff
r7 *= r7
r8 = r1
r8 *= 0x10001
r0 = 0
exit
