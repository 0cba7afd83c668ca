r1 = 33
call f
exit
f: r0 = r1
r0 += 2
exit
