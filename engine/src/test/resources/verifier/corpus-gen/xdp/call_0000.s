r1 = 23
call f
exit
f: r0 = r1
exit
