call 8
if r0 > 1 goto bad
r0 = 0
exit
bad:
r0 = *(u8 *)(r0 + 0)
exit
