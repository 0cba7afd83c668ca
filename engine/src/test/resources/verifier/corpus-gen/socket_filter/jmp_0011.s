r0 = 0
if r0 == 0 goto +1
r1 = 0x74141bf91d ll
exit
