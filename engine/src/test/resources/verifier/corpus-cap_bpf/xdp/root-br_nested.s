r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 > 10 goto +4
if r2 < 3 goto +2
r0 = 2
goto +2
r0 = 1
exit
r0 = 3
exit
