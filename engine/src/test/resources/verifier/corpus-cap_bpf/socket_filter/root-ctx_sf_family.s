r0 = *(u32 *)(r1 + 88)
exit
