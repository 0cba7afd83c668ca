r0 = *(s8 *)(r1 + 1)
exit
