r0 = *(s16 *)(r1 + 2)
exit
