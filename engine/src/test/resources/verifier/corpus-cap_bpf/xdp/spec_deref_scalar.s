r1 = 0
if r1 == 0 goto +2
r0 = *(u64 *)(r1 + 0)
exit
r0 = 0
exit
