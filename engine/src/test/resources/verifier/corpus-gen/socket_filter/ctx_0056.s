r0 = *(u64 *)(r1 + 44)
exit
