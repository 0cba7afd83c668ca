r0 = 0
if r0 == 0 goto +1
r1 = 0x9c6688ee0d ll
exit
