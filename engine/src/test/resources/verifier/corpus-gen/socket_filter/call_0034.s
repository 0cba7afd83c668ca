r6 = 64
r1 = 1
call f
r0 = r6
exit
f: r0 = 0
exit
