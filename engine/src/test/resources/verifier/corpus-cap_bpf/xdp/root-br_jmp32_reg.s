r2 = *(u32 *)(r1 + 12)
w3 = 10
r0 = 0
if w2 >= w3 goto +1
r0 = r2
exit
