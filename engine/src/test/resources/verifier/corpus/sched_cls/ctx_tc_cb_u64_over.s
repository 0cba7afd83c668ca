r0 = *(u64 *)(r1 + 64)
exit
