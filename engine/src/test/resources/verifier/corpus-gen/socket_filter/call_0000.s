r1 = 47
call f
exit
f: r0 = r3
exit
