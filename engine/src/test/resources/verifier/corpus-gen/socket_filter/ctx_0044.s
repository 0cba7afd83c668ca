r0 = *(u32 *)(r1 + 150)
exit
