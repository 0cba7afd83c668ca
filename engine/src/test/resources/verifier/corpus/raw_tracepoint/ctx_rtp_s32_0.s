r0 = *(s32 *)(r1 + 0)
exit
