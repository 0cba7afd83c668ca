r1 = 57
call f
exit
f: r0 = r3
exit
