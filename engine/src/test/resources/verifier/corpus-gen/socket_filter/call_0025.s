r1 = 9
call f
exit
f: r1 += 1
exit
