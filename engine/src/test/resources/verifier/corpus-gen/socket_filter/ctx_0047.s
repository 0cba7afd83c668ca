r0 = *(u64 *)(r1 + 126)
exit
