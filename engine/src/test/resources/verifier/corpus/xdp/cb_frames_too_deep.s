	.macro ld_func reg, target
	.byte 0x18, 0x40 + \reg, 0, 0
	.4byte (\target - . + 4) / 8 - 1
	.8byte 0
	.endm
	# bpfplay: ld_func emits ld_imm64 src_reg=4 (BPF_PSEUDO_FUNC) to a callback; llvm-mc has no syntax for it
	r1 = 1
	ld_func 2, c1
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
c1:
	r1 = 1
	ld_func 2, c2
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
c2:
	r1 = 1
	ld_func 2, c3
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
c3:
	r1 = 1
	ld_func 2, c4
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
c4:
	call fn5
	r0 = 0
	exit
fn5:
	call fn6
	exit
fn6:
	call fn7
	exit
fn7:
	call fn8
	exit
fn8:
	r0 = 0
	exit
