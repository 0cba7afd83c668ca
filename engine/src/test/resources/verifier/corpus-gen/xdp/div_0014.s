r0 = *(u32 *)(r1 + 8)
r2 = 0
w0 s/= w2
exit
