	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = outer ll
	call 1
	if r0 == 0 goto out
	r1 = 42
	*(u64 *)(r10 - 16) = r1
	r1 = r0
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
out:
	r0 = 0
	exit
