r6 = 6
r1 = 1
*(u64 *)(r10 - 8) = r1
r1 = 40
call sub
r1 = *(u64 *)(r10 - 8)
r0 += r1
r0 += r6
exit
sub:
r6 = 100
r2 = 2
*(u64 *)(r10 - 8) = r2
r0 = *(u64 *)(r10 - 8)
r0 += r1
exit
