r1 = *(u32 *)(r1 + 0)
r2 = 4
call 44
r0 = 2
exit
