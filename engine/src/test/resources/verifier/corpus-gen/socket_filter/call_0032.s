r1 = 28
call f
exit
f: r1 += 1
exit
