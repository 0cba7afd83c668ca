r2 = *(u64 *)(r1 + 160)
r2 &= 3
r0 = 0
l: if r2 == 0 goto e
r0 += r2
r2 -= 1
goto l
e: exit
