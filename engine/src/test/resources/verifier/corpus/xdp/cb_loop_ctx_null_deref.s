	.macro ld_func reg, target
	.byte 0x18, 0x40 + \reg, 0, 0
	.4byte (\target - . + 4) / 8 - 1
	.8byte 0
	.endm
	# bpfplay: ld_func emits ld_imm64 src_reg=4 (BPF_PSEUDO_FUNC) to a callback; llvm-mc has no syntax for it
	r1 = 2
	ld_func 2, cb
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
cb:
	r3 = *(u64 *)(r2 + 0)
	r0 = 0
	exit
