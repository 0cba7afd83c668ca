r0 = 0
if r0 == 0 goto +1
r1 = 0x787fc3a496 ll
exit
