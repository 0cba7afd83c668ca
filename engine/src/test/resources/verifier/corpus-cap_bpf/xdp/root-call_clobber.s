r1 = 1
r6 = 2
call f
r0 = r6
r0 += r1
exit
f: r0 = 0
exit
