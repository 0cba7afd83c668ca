r1 = r10
call f
r0 = 0
exit
f: r0 = *(u64 *)(r1 - 8)
r0 = 0
exit
