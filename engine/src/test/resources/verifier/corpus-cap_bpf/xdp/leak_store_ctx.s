*(u32 *)(r1 + 0) = r10
r0 = 0
exit
