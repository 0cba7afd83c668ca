r0 = *(u64 *)(r1 + 40)
exit
