r0 = *(u64 *)(r1 + 176)
exit
