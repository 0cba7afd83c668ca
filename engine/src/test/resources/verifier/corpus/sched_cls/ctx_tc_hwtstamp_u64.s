r0 = *(u64 *)(r1 + 184)
exit
