r1 = 18
call f
exit
f: r0 = r1
r0 += 7
exit
