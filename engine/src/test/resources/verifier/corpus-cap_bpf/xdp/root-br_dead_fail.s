r0 = 1
if r0 == 2 goto +1
exit
r0 = *(u64 *)(r3 + 0)
exit
