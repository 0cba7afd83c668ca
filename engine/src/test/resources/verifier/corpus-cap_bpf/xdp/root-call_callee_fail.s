r1 = 0
call f
exit
f: r0 = *(u8 *)(r1 + 0)
exit
