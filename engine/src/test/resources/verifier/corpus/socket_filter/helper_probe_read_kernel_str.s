r1 = r10
r1 += -16
r2 = 16
r3 = 0
call 115
if r0 s> 16 goto bad
r0 = 0
exit
bad:
r0 = *(u8 *)(r0 + 0)
exit
