r1 = 3
call f
exit
f: *(u64 *)(r10 - 8) = r1
r0 = *(u64 *)(r10 - 8)
exit
