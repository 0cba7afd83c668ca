r0 = *(s32 *)(r1 + 12)
exit
