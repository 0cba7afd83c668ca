r1 = 68
call f
exit
f: r0 = r1
r0 += 5
exit
