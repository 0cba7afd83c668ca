r0 = *(s32 *)(r1 + 8)
exit
