r1 = 97
call f
exit
f: r0 = r1
r0 += 2
exit
