r0 = *(u32 *)(r1 + 8)
w0 s/= 0
exit
