r0 = 0
if r0 == 0 goto +1
r1 = 0x4b9fc07f0a ll
exit
