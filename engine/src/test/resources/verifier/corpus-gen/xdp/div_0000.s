r0 = *(u32 *)(r1 + 20)
r0 s%= 0
exit
