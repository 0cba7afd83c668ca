r2 = *(u64 *)(r1 + 168)
r2 &= 31
if r2 s>= 64 goto +5
r0 = r2
r0 *= 3
if r0 < 258 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
