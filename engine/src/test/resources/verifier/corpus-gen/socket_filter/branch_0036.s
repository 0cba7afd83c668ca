r2 = *(u32 *)(r1 + 36)
r2 &= 31
if r2 > 48 goto +5
r0 = r2
r0 *= 3
if r0 s> 251 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
