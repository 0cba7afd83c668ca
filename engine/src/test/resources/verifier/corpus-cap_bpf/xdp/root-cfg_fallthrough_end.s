r0 = 0
if r0 == 0 goto +1
r0 = 1
