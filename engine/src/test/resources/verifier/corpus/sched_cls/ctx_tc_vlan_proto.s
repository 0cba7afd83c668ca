r0 = *(u32 *)(r1 + 28)
exit
