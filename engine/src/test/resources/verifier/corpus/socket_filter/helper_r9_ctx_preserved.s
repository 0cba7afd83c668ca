r9 = r1
call 5
r0 = *(u32 *)(r9 + 0)
exit
