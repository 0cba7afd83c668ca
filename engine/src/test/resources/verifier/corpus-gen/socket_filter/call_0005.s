r1 = 66
call f
exit
f: r0 = r2
exit
