call f
exit
f: r0 = *(u32 *)(r1 + 12)
exit
