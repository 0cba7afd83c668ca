r0 = *(u64 *)(r1 + 82)
exit
