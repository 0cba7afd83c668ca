r0 = *(u32 *)(r1 + 92)
exit
