	r1 = 7
	*(u64 *)(r10 - 8) = r1
	r2 = r10
	r2 += -8
	r1 = outer ll
	call 1
	if r0 == 0 goto out
	r1 = r0
	r2 = 3
	*(u32 *)(r10 - 12) = r2
	r2 = r10
	r2 += -12
	call 1
	r1 = 5
	*(u64 *)(r0 + 8) = r1
out:
	r0 = 0
	exit
