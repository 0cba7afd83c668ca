r0 = *(u64 *)(r1 + 160)
r2 = 0
w0 s%= w2
exit
