r2 = (s32)r10
r0 = 0
exit
