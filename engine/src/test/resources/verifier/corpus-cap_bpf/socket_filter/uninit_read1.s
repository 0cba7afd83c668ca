r0 = *(u8 *)(r10 - 1)
exit
