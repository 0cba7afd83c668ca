r0 = *(u8 *)(r1 + 8191)
exit
