# The shape of clang -S output: code in a named "ax" section with .loc line info, data sections
# (.maps, license, .BTF) holding labels and data directives that are not part of the program.
	.text
	.file	"p.c"
	.file	1 "/tmp" "p.c"
	.section	xdp,"ax",@progbits
	.globl	prog                            # -- Begin function prog
	.p2align	3
	.type	prog,@function
prog:                                   # @prog
.Lfunc_begin0:
	.loc	1 5 0                           # p.c:5:0
# %bb.0:
	w1 = 0
.Ltmp0:
	.loc	1 6 11 prologue_end             # p.c:6:11
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto LBB0_2
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_2:
	w0 = 2
	exit
.Ltmp1:
.Lfunc_end0:
	.size	prog, .Lfunc_end0-prog
                                        # -- End function
	.type	counters,@object                # @counters
	.section	.maps,"aw",@progbits
	.globl	counters
	.p2align	3, 0x0
counters:
	.zero	32
	.size	counters, 32

	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.ascii	"int"                           # string offset=1
	.byte	0
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.uleb128 17                             # DW_TAG_compile_unit
	.addrsig
	.addrsig_sym counters
