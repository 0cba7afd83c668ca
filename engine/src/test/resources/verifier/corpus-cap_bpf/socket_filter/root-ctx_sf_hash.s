r0 = *(u32 *)(r1 + 68)
exit
