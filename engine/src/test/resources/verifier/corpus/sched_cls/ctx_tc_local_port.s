r0 = *(u32 *)(r1 + 136)
exit
