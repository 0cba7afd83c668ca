r0 = *(u32 *)(r1 + 1)
exit
