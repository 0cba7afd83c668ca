r0 = *(u32 *)(r1 + 91)
exit
