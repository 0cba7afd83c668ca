r0 = *(u32 *)(r1 + 0)
r0 &= 3
exit
