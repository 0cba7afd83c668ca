r2 = *(u32 *)(r1 + 4)
r2 &= 7
r0 = 0
l: if r2 == 0 goto e
r0 += r2
r2 -= 1
goto l
e: exit
