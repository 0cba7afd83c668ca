r0 = *(u64 *)(r1 + 48)
exit
