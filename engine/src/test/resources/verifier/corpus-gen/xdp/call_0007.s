r1 = 36
call f
exit
f: r0 = r1
exit
