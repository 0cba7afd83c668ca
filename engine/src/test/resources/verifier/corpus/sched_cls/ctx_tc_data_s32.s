r0 = *(s32 *)(r1 + 76)
exit
