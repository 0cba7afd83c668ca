r0 = *(u64 *)(r1 + 0)
r0 &= 1
exit
