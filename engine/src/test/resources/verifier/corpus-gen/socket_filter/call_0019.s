r1 = 82
call f
exit
f: r0 = r1
r0 += 0
exit
