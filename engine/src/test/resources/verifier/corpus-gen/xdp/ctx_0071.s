r0 = *(u32 *)(r1 + 3)
r0 &= 1
exit
