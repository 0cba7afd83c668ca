r0 = *(u32 *)(r1 + 12)
exit
