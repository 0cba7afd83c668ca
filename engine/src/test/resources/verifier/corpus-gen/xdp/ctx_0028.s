r0 = *(u32 *)(r1 + 208)
exit
