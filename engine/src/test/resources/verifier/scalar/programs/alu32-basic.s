# 32-bit ALU, zero extension
call 7
w1 = w0
w1 &= 0xffff
w2 = w0
w2 >>= 28
w3 = w0
w3 s>>= 24
w4 = w0
w4 |= 0x80000000
w5 = w0
w5 += 7
w1 += w2
w1 -= 10
w2 *= 3
w3 <<= 2
w6 = w2
w6 -= w3
w7 = w0
w7 ^= 0xff00
w8 = -1
w9 = w8
w9 += w2
r0 = 0
exit
