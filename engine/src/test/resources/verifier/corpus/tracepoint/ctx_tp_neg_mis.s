r0 = *(u32 *)(r1 - 6)
exit
