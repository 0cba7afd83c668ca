r2 = 7
r0 = *(u8 *)(r10 - 40)
exit
