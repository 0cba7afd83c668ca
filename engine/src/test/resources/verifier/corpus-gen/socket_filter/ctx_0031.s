r0 = *(u64 *)(r1 + 24)
exit
