r0 = *(s32 *)(r1 + 4)
exit
