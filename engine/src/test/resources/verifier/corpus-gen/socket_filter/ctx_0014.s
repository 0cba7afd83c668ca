r0 = *(u32 *)(r1 + 204)
exit
