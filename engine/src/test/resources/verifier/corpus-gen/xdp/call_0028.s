r1 = 94
call f
exit
f: r1 += 1
exit
