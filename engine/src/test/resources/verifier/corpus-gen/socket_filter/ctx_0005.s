r0 = *(u64 *)(r1 + 72)
exit
