# JMP32 signed/unsigned compares and ranges crossing 32-bit edges
call 7
r1 = r0
r1 &= 0x1ffffffff
if w1 s> 0 goto l1
if w1 == 0 goto l2
w1 += 1
goto l2
l1:
if w1 <= 0x7fff goto l2
r1 += 0x10
l2:
r2 = r0
r2 >>= 30
if w2 >= 3 goto l3
r2 <<= 3
l3:
r3 = r0
if w3 s<= -1 goto l4
if w3 s>= 100 goto l4
w3 s>>= 2
l4:
r4 = r0
if r4 s> 0 goto l5
if w4 < 10 goto l5
r4 |= 1
l5:
r0 = 0
exit
