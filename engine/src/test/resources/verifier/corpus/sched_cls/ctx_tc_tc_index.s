r0 = *(u32 *)(r1 + 44)
exit
