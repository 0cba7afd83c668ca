r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto +3
call 98
if r0 == 0 goto +1
r0 = *(u32 *)(r0 + 4)
r0 = 0
exit
