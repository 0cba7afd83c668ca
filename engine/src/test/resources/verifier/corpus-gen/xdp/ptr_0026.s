r1 = r10
r0 = *(u32 *)(r1 + 0)
exit
