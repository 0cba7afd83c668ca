	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	*(u64 *)(r10 - 16) = r1
	r1 = outer ll
	r2 = r10
	r2 += -16
	r3 = 8
	r4 = 0
	call 130
	r0 = 0
	exit
