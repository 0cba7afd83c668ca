# div/mod and neg
call 7
r1 = r0
r1 &= 0xff
r2 = r1
r2 /= 3
r3 = r1
r3 %= 10
r4 = 100
r4 /= 7
r5 = 100
r5 %= 7
r6 = r1
r6 = -r6
w7 = w1
w7 = -w7
r8 = -20
r8 s/= 3
r9 = r1
r9 s%= 3
r1 += 1
r2 = 1000
r2 /= r1
r0 = 0
exit
