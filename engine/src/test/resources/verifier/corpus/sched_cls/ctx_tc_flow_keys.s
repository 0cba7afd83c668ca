r0 = *(u64 *)(r1 + 144)
exit
