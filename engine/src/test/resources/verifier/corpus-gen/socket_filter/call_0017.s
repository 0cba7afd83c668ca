r1 = 2
call f
exit
f: r1 += 1
exit
