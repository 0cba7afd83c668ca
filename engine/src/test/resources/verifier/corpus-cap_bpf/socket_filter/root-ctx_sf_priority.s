r0 = *(u32 *)(r1 + 32)
exit
