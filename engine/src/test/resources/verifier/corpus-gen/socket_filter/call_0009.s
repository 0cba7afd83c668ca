r1 = 21
call f
exit
f: r1 += 1
exit
