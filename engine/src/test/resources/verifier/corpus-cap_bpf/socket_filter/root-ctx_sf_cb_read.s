r0 = *(u32 *)(r1 + 52)
exit
