r2 = 0xdd86
r3 = 0
call 31
r0 = 0
exit
