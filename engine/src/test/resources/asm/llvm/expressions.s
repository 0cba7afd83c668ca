# Constant expressions in operands, as llvm-mc evaluates them (64-bit, GNU as precedence,
# comparisons give -1, >> is a logical shift). Operands start with a number or a sign.
	.text
	r0 = 1+2
	r0 = 2*3
	r0 = 10/3
	r0 = -7/2
	r0 = -7%2
	r0 = 5 % 3
	r0 = 1<<4
	r0 = 0x10 >> 2
	r0 = -1-1
	r0 = 1+2*3
	r0 = 2+3&1
	r0 = 1<<2+1
	r0 = 6|1
	r0 = 1 ^ 3
	r0 = 7&~1
	r0 = 1+(2*3)
	r0 = 1+-1
	r0 = 8 - - 2
	r0 = 1+~0
	r0 = 1+!0
	r0 = 1+'a'
	r0 = 1 == 1
	r0 = 1 != 1
	r0 = 1 <> 2
	r0 = 1 < 2
	r0 = 2 <= 1
	r0 = 3 > 2
	r0 = 3 >= 4
	r0 = 3 && 0
	r0 = 3 || 0
	r0 = 5 !1
	w1 += 1+1
	w1 = 0x7fffffff+0x80000000
	if r1 > 1+1 goto +1
	if w1 s< -2*3 goto -1+3
	goto +1+1
	*(u32 *)(r1 + 0) = 1+1
	r1 = *(u32 *)(r2 + 1+1)
	r1 = *(u32 *)(r2 - 1+1)
	r1 = *(u32 *)(r2 - 1-1)
	r1 = *(u32 *)(r2 + 2*3)
	*(u64 *)(r10 - 4*2) = r1
	call 1+1
	r0 = 1 + 2 ll
	r0 = -8 >> 1 ll
	r0 = 2 << 64 ll
	r0 = 1 << 63 ll
	r0 = 1 + 0x7fffffffffffffff ll
	r0 = 0xffffffff * 0xffffffff ll
	r0 = *(u8 *)skb[6+6]
	exit
