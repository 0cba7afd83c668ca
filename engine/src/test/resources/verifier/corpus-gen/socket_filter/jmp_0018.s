r0 = 0
if r0 == 0 goto +1
r1 = 0x9a9959d76e ll
exit
