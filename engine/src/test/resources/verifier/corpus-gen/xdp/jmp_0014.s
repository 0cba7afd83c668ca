r0 = 0
if r0 == 0 goto +1
r1 = 0xb50e4bd6b0 ll
exit
