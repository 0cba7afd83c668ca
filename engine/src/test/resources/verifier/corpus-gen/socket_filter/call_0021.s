r1 = 72
call f
exit
f: r0 = r2
exit
