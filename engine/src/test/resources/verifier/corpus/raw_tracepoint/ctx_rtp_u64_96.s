r0 = *(u64 *)(r1 + 96)
exit
