r0 = *(u64 *)(r1 + 203)
exit
