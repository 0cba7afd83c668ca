r2 = 76
*(u64 *)(r10 - 16) = r2
r1 = r10
r1 += -16
call f
exit
f: r0 = *(u32 *)(r1 + 0)
exit
