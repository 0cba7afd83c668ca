# 64-bit ALU on masked and shifted unknowns
r6 = r1
call 7
r1 = r0
r1 &= 255
r2 = r0
r2 >>= 60
r3 = r0
r3 s>>= 56
r4 = r0
r4 |= 7
r5 = r0
r5 ^= 3
r1 += r2
r1 -= 3
r2 *= 5
r3 += 1000
r7 = r0
r7 &= 0xf0
r7 <<= 4
r7 >>= 2
r8 = 16
r8 -= r2
r9 = r2
r9 *= r3
r0 = 0
exit
