r0 = *(u32 *)(r1 + 181)
exit
