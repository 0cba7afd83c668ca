r0 = *(u64 *)(r1 + 172)
exit
