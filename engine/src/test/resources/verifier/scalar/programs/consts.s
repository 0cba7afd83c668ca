# constant folding and printing of constants (decimal, hex, negative)
r1 = 65535
r2 = 65536
r3 = -32768
r4 = -32769
r5 = 0x7fffffff
w6 = -1
r7 = r5
r7 += r5
r7 *= 3
r8 = r3
r8 ^= r4
r8 >>= 4
r9 = r4
r9 s>>= 3
r1 <<= 40
w2 = w4
w2 s>>= 1
r3 = -r3
w4 = -w4
r5 |= r1
r5 &= -16
r0 = 0
exit
