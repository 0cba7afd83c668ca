r0 = 0
*(u32 *)(r10 - 6) = r0
exit
