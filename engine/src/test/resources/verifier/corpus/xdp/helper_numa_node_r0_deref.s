call 42
r0 = *(u64 *)(r0 + 0)
exit
