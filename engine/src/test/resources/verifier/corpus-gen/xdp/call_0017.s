r1 = 90
call f
exit
f: r1 += 1
exit
