r0 = *(u32 *)(r1 + 160)
exit
