r0 = *(u64 *)(r1 + 76)
exit
