r1 = 17
call f
exit
f: r0 = r1
r0 += 4
exit
