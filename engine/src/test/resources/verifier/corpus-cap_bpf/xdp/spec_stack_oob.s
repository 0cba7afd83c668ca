r0 = 0
r3 = 1
if r3 == 1 goto +1
*(u64 *)(r10 + 8) = r0
exit
