r1 = 64
call f
exit
f: r0 = r1
r0 += 6
exit
