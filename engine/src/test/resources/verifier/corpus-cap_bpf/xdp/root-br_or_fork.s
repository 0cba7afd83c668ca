r2 = *(u32 *)(r1 + 12)
r2 &= 1
r2 = -r2
r2 &= 5
r0 = r2
exit
