r1 = 1
call f
r6 = r0
r1 = 2
call g
r0 += r6
exit
f: r0 = r1
exit
g: r0 = r1
r0 += 10
exit
