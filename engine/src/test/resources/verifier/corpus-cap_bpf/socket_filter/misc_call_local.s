call f
exit
f: r0 = 0
exit
