r0 = 0
*(u32 *)(r1 + 12) = r0
exit
