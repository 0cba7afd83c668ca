r0 = *(u32 *)(r1 + 2)
exit
