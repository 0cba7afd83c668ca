r1 = 68
call f
exit
f: if r1 > 33 goto +2
call g
exit
r0 = 1
exit
g: r0 = r1
exit
