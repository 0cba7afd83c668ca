r6 = 0
loop:
*(u32 *)(r10 - 4) = r6
r2 = r10
r2 += -4
r1 = m ll
call 1
if r0 == 0 goto next
r1 = *(u64 *)(r0 + 0)
next:
r6 += 1
if r6 < 4 goto loop
r0 = 0
exit
