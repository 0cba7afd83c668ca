r0 = 0
if r0 == 0 goto +1
r1 = 0xda6ea3e503 ll
exit
