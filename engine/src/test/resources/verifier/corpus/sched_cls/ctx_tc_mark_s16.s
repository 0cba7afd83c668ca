r0 = *(s16 *)(r1 + 10)
exit
