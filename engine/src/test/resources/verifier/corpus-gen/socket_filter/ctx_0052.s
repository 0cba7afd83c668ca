r0 = *(u64 *)(r1 + 68)
exit
