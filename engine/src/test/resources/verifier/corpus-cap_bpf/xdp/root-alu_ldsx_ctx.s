r0 = *(s16 *)(r1 + 12)
exit
