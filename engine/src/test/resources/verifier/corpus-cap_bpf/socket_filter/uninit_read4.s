r0 = *(u32 *)(r10 - 4)
exit
