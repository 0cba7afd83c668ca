r0 = *(u32 *)(r1 + 12)
w0 s/= 1
exit
