	r6 = *(u32 *)(r1 + 0)
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = a ll
	if r6 > 3 goto use_b
	goto look
use_b:
	r1 = b ll
look:
	call 1
	if r0 == 0 goto out
	r1 = r0
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto out
	r0 = *(u32 *)(r0 + 0)
	exit
out:
	r0 = 0
	exit
