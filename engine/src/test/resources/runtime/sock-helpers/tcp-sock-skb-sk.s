r1 = *(u64 *)(r1 + 168)
r0 = 7
if r1 == 0 goto +5
call 96
r1 = r0
r0 = 1
if r1 == 0 goto +1
r0 = 2
exit
