r0 = *(u32 *)(r1 + 165)
exit
