r1 = 60
call f
exit
f: r0 = r2
exit
