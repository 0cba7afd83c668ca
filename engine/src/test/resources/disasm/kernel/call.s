# kernel-oracle: --type socket_filter
# Helper calls by id, a bpf-to-bpf call, ld_imm64 constants.
call 5
call 7
call 8
r1 = 0x123456789 ll
r2 = -1 ll
r3 = 0 ll
r4 = 0x8000000000000000 ll
r0 = 0
exit
