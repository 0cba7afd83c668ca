r1 = 0xff
r0 = (s8)r1
r2 = 0x8000
r2 = (s16)r2
w3 = (s8)w1
exit
