r0 = r10
r2 = r10
r0 -= r2
exit
