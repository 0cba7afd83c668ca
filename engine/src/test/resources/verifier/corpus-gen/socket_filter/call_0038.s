call f
exit
f: r0 = *(u32 *)(r1 + 40)
r0 &= 1
exit
