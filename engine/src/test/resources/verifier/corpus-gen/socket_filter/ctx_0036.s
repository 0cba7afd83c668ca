r0 = *(u64 *)(r1 + 118)
exit
