r0 = *(u32 *)(r1 + 96)
exit
