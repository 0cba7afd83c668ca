r1 = 1
call f
exit
f: r1 += 1
call g
exit
g: r0 = r1
exit
