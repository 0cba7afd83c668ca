r0 = *(u32 *)(r1 + 8)
r0 s/= 0
exit
