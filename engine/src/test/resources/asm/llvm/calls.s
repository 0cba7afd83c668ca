# Calls: helpers by number, bpf-to-bpf calls to local labels, callx, exit.
	.text
main:
	call 0
	call 1
	call 5
	call 12
	call 211
	call -1
	call 0x7fffffff
	call 0xffffffff
	call sub
	call sub2
	r1 = 0x10 ll
	call sub
	call main
	callx r0
	callx r3
	callx r10
	exit
sub:
	r0 = 1
	call sub2
	exit
sub2:
	call main
	exit
