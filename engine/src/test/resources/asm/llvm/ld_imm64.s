# 64-bit immediate loads (two slots each) with edge-case constants.
	.text
	r1 = 0 ll
	r1 = 1 ll
	r1 = -1 ll
	r1 = 0x1234 ll
	r1 = 0x7fffffff ll
	r1 = 0x80000000 ll
	r1 = 0xffffffff ll
	r1 = 0x100000000 ll
	r1 = 0x123456789abcdef0 ll
	r1 = 0x7fffffffffffffff ll
	r1 = 0x8000000000000000 ll
	r1 = 0xffffffffffffffff ll
	r1 = -9223372036854775808 ll
	r1 = -2147483648 ll
	r1 = 18446744073709551615 ll
	r1 = 'z' ll
	r0 = 5 ll
	r10 = -2 ll
	ld_pseudo r1, 1, 3
	ld_pseudo r2, 2, 0
	ld_pseudo r3, 5, 7
	ld_pseudo r4, 15, 0x7fffffff
	ld_pseudo r5, 2, -1
	ld_pseudo r6, 0, 0xffffffff
	ld_pseudo r7, 1, -2147483648
	r2 = 1
