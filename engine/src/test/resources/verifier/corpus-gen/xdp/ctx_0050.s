r0 = *(u64 *)(r1 + 237)
exit
