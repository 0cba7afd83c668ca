r1 = 7
call f
exit
f: r0 = r1
exit
