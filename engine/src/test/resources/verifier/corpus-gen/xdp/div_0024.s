r0 = *(u32 *)(r1 + 20)
r2 = 0
w0 /= w2
exit
