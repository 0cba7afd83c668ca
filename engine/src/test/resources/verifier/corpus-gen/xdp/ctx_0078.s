r0 = *(u32 *)(r1 + 227)
exit
