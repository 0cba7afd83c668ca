r0 = 0
*(u32 *)(r1 + 8) = r0
exit
