r0 = 10
r1 = 3
r0 /= r1
r2 = 10
r2 %= r1
r0 += r2
exit
