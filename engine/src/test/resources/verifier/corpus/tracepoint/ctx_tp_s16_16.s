r0 = *(s16 *)(r1 + 16)
exit
