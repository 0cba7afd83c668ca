r1 = 87
call f
exit
f: r0 = r2
exit
