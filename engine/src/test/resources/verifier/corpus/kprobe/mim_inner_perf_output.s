	r6 = r1
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = outer ll
	call 1
	if r0 == 0 goto out
	r1 = r6
	r2 = r0
	r3 = 0
	r4 = r10
	r4 += -8
	r5 = 8
	call 25
out:
	r0 = 0
	exit
