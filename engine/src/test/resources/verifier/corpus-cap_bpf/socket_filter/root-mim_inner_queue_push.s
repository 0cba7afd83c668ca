	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = outer ll
	call 1
	if r0 == 0 goto out
	r1 = 9
	*(u64 *)(r10 - 16) = r1
	r1 = r0
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
out:
	r0 = 0
	exit
