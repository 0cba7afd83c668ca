r0 = *(u32 *)(r1 + 20)
w0 s/= 0
exit
