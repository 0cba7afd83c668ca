r1 = 65
call f
exit
f: r0 = r1
exit
