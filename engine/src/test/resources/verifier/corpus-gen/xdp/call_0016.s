r1 = 29
call f
exit
f: r0 = r2
exit
