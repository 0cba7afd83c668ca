r0 = *(u32 *)(r1 + 20)
r2 = 5
w0 s%= w2
exit
