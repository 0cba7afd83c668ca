r0 = *(u64 *)(r1 + 80)
exit
