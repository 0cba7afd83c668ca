r0 = *(u32 *)(r1 + 16)
r2 = 70
w0 s>>= w2
exit
