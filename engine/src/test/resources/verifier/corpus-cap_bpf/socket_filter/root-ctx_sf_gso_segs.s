r0 = *(u32 *)(r1 + 164)
exit
