r2 = *(u32 *)(r1 + 72)
r0 = 1
exit
