r2 = 54
r1 = 1
call f
r0 = r2
exit
f: r0 = 0
exit
