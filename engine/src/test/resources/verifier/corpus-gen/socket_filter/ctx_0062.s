r0 = *(u64 *)(r1 + 77)
exit
