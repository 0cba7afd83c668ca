r1 = *(u64 *)(r1 + 168)
call 95
r0 = 0
exit
