r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 == 1 goto +1
r0 += 1
if r2 == 2 goto +1
r0 += 2
if r2 == 3 goto +1
r0 += 3
if r2 == 4 goto +1
r0 += 4
if r2 == 5 goto +1
r0 += 5
if r2 == 6 goto +1
r0 += 6
if r2 == 7 goto +1
r0 += 7
if r2 == 8 goto +1
r0 += 8
if r2 == 9 goto +1
r0 += 9
if r2 == 10 goto +1
r0 += 10
if r2 == 11 goto +1
r0 += 11
exit
