# shifts by constants and by registers
call 7
r1 = r0
r1 &= 0xffff
r2 = r1
r2 <<= 32
r3 = r2
r3 s>>= 32
r4 = r1
r4 <<= 50
r5 = r0
r5 >>= 63
r6 = r1
r7 = 3
r6 <<= r7
r8 = r1
r8 >>= r7
w9 = w1
w9 <<= 20
w9 s>>= 4
r1 <<= r0
r0 = 0
exit
