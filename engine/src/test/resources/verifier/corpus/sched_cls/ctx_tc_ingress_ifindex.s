r0 = *(u32 *)(r1 + 36)
exit
