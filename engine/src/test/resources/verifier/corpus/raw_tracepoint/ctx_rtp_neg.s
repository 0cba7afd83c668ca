r0 = *(u64 *)(r1 - 8)
exit
