r0 = *(u32 *)(r1 + 168)
exit
