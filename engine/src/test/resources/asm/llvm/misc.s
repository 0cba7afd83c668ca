# Syntax odds and ends: comments, separators, directives, label forms, case,
# legacy packet loads, addr_space_cast.
	.text
	.section	xdp,"ax",@progbits
	.globl	prog                    # a global symbol (never a call target here)
	.p2align	3
	.type	prog,@function
prog:                                   # @prog
	r0 = 1 # hash comment
	r0 = 2 // slash comment
	r0 = 3 /* block comment */
	r1 = 4 ; r2 = 5 ; r3 = 6
	/* a block comment
	   over two lines */ r4 = 7
.LBB0_1:
	if r1 > r2 goto .LBB0_2
a.b$c: b_: r5 = r6
	EXIT
	GOTO .LBB0_1
.LBB0_2:
	r0 = *(u8 *)skb[12]
	r0 = *(u16 *)skb[0]
	r0 = *(u32 *)skb[-1]
	r0 = *(u8 *)skb[0xffffffff]
	r0 = *(u8 *)skb[r1]
	r0 = *(u16 *)skb[r7]
	r0 = *(u32 *)skb[r10]
	r1 = addr_space_cast(r2, 0, 1)
	r1 = addr_space_cast(r2, 1, 0)
	r3 = addr_space_cast(r3, 65535, 65535)
	r0=0x0
	w0=-0
	r1 = 5u
	r1 = 5LL
	r1 = 0x10ll
	r1 = 010ul
	r0 = 5ll ll
	r10=32767ll
	r0 = 0b1ll
	exit
.Lfunc_end0:
	.size	prog, .Lfunc_end0-prog
	.addrsig
