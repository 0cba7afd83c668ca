r0 = 0
if r0 == 0 goto +1
r1 = 0x3cf20b02e7 ll
exit
