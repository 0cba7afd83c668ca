r0 = *(u32 *)(r1 + 48)
exit
