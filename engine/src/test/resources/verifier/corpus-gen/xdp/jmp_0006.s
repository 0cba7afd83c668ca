r0 = 0
if r0 != 0 goto +4
r0 += 1
r0 += 1
r0 += 1
r0 += 1
exit
