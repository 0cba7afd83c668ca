r0 = *(u32 *)(r1 + 40)
exit
