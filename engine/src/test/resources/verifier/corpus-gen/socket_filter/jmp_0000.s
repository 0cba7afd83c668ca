r0 = 0
if r0 == 0 goto +1
r1 = 0x37d02db553 ll
exit
