r0 = 0
if r0 == 0 goto +1
r1 = 0xb338c8c2bf ll
exit
