r1 = 40
call f
exit
f: r0 = r3
exit
