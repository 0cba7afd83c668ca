r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 > 1 goto +1
r0 += 1
if r2 > 2 goto +1
r0 += 1
if r2 > 3 goto +1
r0 += 1
if r2 > 4 goto +1
r0 += 1
if r2 > 5 goto +1
r0 += 1
exit
