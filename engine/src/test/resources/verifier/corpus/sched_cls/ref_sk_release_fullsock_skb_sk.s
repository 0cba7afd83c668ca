r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto +4
call 95
if r0 == 0 goto +2
r1 = r0
call 86
r0 = 0
exit
