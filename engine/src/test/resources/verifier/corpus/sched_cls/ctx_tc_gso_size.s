r0 = *(u32 *)(r1 + 176)
exit
