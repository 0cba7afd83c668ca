r1 = 29
call f
exit
f: if r1 > 3 goto +2
call g
exit
r0 = 1
exit
g: r0 = r1
exit
