r0 = 0
if r0 == 0 goto +1
r1 = 0xc5a0359556 ll
exit
