*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = q ll
call 88
r1 = *(u64 *)(r10 - 8)
r0 = *(u32 *)(r1 + 0)
r0 = 0
exit
