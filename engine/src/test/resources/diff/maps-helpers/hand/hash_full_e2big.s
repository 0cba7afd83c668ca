# hash with max_entries 3 (2 pre-filled): inserts until E2BIG, an update of an existing key still works
# when full (BPF_EXIST and BPF_ANY), BPF_NOEXIST on an existing key gives EEXIST; results in res.
# type: socket_filter
# maps: h:hash:4:8:3 res:array:4:48:1
# inits: h:01000000=1111111111111111 h:02000000=2222222222222222
# packets: udp64
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r9 = r0
r1 = 0x3333333333333333 ll
*(u64 *)(r10 - 16) = r1
r1 = 3
*(u32 *)(r10 - 4) = r1
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 0
call 2
*(u64 *)(r9 + 0) = r0
r1 = 4
*(u32 *)(r10 - 4) = r1
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 0
call 2
*(u64 *)(r9 + 8) = r0
r1 = 1
*(u32 *)(r10 - 4) = r1
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 2
call 2
*(u64 *)(r9 + 16) = r0
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 1
call 2
*(u64 *)(r9 + 24) = r0
r1 = 2
*(u32 *)(r10 - 4) = r1
r1 = h ll
r2 = r10
r2 += -4
call 3
*(u64 *)(r9 + 32) = r0
r1 = 4
*(u32 *)(r10 - 4) = r1
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 1
call 2
*(u64 *)(r9 + 40) = r0
out:
r0 = 0
exit
