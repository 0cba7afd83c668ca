# kernel-oracle: --type socket_filter
# Every conditional jump (JMP and JMP32, K and X) on an unknown value, goto, gotol, may_goto.
r6 = r1
call 7
r1 = r0
r2 = 5
if r1 == 0x1 goto +0
if r1 > 2 goto +0
if r1 >= 3 goto +0
if r1 & 4 goto +0
if r1 != 5 goto +0
if r1 s> -6 goto +0
if r1 s>= 7 goto +0
if r1 < 8 goto +0
if r1 <= 9 goto +0
if r1 s< 10 goto +0
if r1 s<= -1 goto +0
if r1 == r2 goto +0
if r1 > r2 goto +0
if r1 >= r2 goto +0
if r1 & r2 goto +0
if r1 != r2 goto +0
if r1 s> r2 goto +0
if r1 s>= r2 goto +0
if r1 < r2 goto +0
if r1 <= r2 goto +0
if r1 s< r2 goto +0
if r1 s<= r2 goto +0
if w1 == 1 goto +0
if w1 > 2 goto +0
if w1 >= 3 goto +0
if w1 & 4 goto +0
if w1 != 5 goto +0
if w1 s> -6 goto +0
if w1 s>= 7 goto +0
if w1 < 8 goto +0
if w1 <= 9 goto +0
if w1 s< 10 goto +0
if w1 s<= 2147483647 goto +0
if w1 == w2 goto +0
if w1 > w2 goto +0
if w1 >= w2 goto +0
if w1 & w2 goto +0
if w1 != w2 goto +0
if w1 s> w2 goto +0
if w1 s>= w2 goto +0
if w1 < w2 goto +0
if w1 <= w2 goto +0
if w1 s< w2 goto +0
if w1 s<= w2 goto +0
r7 = 0
r7 += 1
if r7 > 2 goto +1
goto -3
r7 += 1
if r7 > 5 goto +1
gotol -3
goto +0
gotol +0
may_goto +1
r0 = 1
r0 = 0
exit
