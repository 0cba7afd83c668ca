# outer[0] holds map 1 (inner); inner[1] += 5 through the looked-up map pointer, then
# return inner[0] + inner[1] (as seen through a second lookup)
.map inner array key=4 value=8 max_entries=2
.map outer array_of_maps key=4 value=4 max_entries=3 inner=inner
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = outer ll
	call 1
	if r0 == 0 goto out
	r6 = r0
	r1 = 1
	*(u32 *)(r10 - 8) = r1
	r1 = r6
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto out
	r1 = 5
	lock *(u64 *)(r0 + 0) += r1
	r7 = *(u64 *)(r0 + 0)
	r1 = r6
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto out
	r0 = *(u64 *)(r0 + 0)
	r0 += r7
	exit
out:
	r0 = 99
	exit
