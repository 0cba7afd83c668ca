r1 = 2
call f
r0 += 1
exit
f:
r0 = r1
r0 <<= 2
exit
