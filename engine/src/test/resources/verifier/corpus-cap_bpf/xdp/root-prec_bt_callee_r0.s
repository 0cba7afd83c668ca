r1 = 7
call f
if r0 > 10 goto out
r0 = 0
exit
out:
r0 = 1
exit
f:
r0 = r1
r0 += 1
exit
