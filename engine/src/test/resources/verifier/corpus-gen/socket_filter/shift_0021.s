r0 = *(u32 *)(r1 + 32)
r2 = 3
w0 <<= w2
exit
