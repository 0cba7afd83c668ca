r0 = *(u64 *)(r1 + 160)
exit
