r0 = *(u32 *)(r1 + 180)
exit
