r0 = *(u64 *)(r1 + 247)
exit
