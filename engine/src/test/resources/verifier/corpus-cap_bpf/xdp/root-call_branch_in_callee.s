r1 = *(u32 *)(r1 + 12)
call f
exit
f: r0 = 0
if r1 > 5 goto +1
r0 = r1
exit
