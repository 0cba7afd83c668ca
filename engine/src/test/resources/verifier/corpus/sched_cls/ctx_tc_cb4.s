r0 = *(u32 *)(r1 + 64)
exit
