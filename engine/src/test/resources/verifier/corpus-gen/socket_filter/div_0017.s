r0 = *(u32 *)(r1 + 84)
w0 s%= 0
exit
