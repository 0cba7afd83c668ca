r5 = 9
r1 = 1
call f
r0 = r5
exit
f: r0 = 0
exit
