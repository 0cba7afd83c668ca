r0 = *(u64 *)(r1 + 168)
r2 = 5
w0 %= w2
exit
