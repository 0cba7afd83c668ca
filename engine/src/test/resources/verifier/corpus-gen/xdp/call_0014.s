r1 = 11
call f
exit
f: r1 += 1
exit
