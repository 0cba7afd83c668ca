call f
exit
f: r0 = 3
exit
