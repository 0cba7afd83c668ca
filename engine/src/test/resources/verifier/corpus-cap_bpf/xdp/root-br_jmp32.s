r0 = *(u32 *)(r1 + 12)
if w0 < 5 goto +1
w0 = 5
exit
