r0 = *(u32 *)(r1 + 8)
w0 /= 0
exit
