r2 = *(u32 *)(r1 + 0)
r2 &= 15
r1 = rb ll
r3 = 0
call 131
r0 = 0
exit
