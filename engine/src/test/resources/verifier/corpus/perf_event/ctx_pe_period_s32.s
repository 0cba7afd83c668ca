r0 = *(s32 *)(r1 + 168)
exit
