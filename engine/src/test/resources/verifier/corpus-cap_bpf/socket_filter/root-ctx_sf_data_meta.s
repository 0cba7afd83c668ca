r0 = *(u32 *)(r1 + 140)
exit
