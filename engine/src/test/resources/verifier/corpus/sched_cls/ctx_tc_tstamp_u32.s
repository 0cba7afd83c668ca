r0 = *(u32 *)(r1 + 152)
exit
