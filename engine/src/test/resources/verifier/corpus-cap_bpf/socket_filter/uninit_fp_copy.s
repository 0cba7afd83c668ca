r2 = r10
r0 = *(u64 *)(r2 - 16)
exit
