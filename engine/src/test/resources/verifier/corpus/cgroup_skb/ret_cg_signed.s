r0 = *(u32 *)(r1 + 0)
r0 -= 1
if r0 s> 1 goto +1
exit
r0 = 0
exit
