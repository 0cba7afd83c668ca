r1 = 10
call f
exit
f: r1 += 1
exit
