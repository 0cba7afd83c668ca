r1 = 81
call f
exit
f: r1 += 1
exit
