r0 = *(u32 *)(r1 + 152)
w0 s%= 0
exit
