r1 = 12
call f
exit
f: r1 += 1
exit
