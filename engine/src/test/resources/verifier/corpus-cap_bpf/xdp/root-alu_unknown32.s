r2 = *(u32 *)(r1 + 12)
w2 += 10
w3 = w2
w3 &= 0xfff
r0 = r3
exit
