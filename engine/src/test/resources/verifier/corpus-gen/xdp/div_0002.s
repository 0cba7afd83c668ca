r0 = *(u32 *)(r1 + 16)
w0 s/= 3
exit
