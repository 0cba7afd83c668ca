r0 = *(u64 *)(r1 + 88)
exit
