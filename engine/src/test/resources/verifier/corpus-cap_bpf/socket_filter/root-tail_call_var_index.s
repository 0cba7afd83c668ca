r3 = *(u32 *)(r1 + 0)
r2 = jt ll
call 12
r0 = 0
exit
