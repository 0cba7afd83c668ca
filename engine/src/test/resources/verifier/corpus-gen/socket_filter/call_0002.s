r1 = 88
call f
exit
f: r0 = r1
exit
