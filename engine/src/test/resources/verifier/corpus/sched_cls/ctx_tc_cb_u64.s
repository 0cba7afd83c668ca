r0 = *(u64 *)(r1 + 56)
exit
