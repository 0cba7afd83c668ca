r0 = *(u32 *)(r1 + 172)
exit
