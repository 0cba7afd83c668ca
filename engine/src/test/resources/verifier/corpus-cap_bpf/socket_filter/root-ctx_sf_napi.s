r0 = *(u32 *)(r1 + 84)
exit
