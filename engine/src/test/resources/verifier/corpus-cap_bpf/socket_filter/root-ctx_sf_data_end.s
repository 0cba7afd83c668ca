r0 = *(u32 *)(r1 + 80)
exit
