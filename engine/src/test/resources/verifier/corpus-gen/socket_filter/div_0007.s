r0 = *(u32 *)(r1 + 32)
r0 s%= 0
exit
