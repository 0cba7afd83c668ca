r0 = *(u64 *)(r1 + 174)
exit
