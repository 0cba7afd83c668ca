r0 = *(u64 *)(r1 + 146)
exit
