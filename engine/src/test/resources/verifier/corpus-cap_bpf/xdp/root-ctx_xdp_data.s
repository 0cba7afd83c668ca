r0 = *(u32 *)(r1 + 0)
r0 = 0
exit
