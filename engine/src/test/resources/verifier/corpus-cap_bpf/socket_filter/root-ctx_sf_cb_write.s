r0 = 0
*(u32 *)(r1 + 48) = r0
exit
