r1 = 44
call f
exit
f: r0 = r3
exit
