r1 = rb ll
r2 = 16
r3 = 0
call 131
*(u64 *)(r0 + 0) = 1
r0 = 0
exit
