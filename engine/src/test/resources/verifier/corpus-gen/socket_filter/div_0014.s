r0 = *(u32 *)(r1 + 60)
r0 s%= 0
exit
