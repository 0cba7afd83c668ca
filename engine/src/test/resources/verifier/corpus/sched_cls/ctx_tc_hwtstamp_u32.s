r0 = *(u32 *)(r1 + 184)
exit
