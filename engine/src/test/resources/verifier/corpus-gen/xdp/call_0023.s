r1 = 83
call f
exit
f: r0 = r1
r0 += 1
exit
