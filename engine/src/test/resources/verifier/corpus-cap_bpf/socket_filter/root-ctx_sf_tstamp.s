r0 = *(u64 *)(r1 + 152)
exit
