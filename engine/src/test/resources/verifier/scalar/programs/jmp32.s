# JMP32 compares on 64-bit unknowns
call 7
r1 = r0
if w1 > 1000 goto l1
r1 += 1
if w1 s< 10 goto l2
w1 += 5
goto l2
l1:
if w1 == 0xffff goto l2
w1 &= 0xfff
l2:
r2 = r0
r2 >>= 32
if w2 != 0 goto l3
r2 += 1
l3:
r3 = r0
if w3 s>= -5 goto l4
r3 += 2
l4:
r0 = 0
exit
