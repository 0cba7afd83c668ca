call 125
r0 = *(u64 *)(r0 + 0)
exit
