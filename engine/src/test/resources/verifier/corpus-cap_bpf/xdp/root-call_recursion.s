call f
exit
f: call f
r0 = 0
exit
