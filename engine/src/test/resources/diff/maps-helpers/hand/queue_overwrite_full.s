# queue of 2 (key_size 0) and stack (stk) of 2: push 3 values, the third fails (E2BIG) without BPF_EXIST and
# replaces the oldest with it; then pop everything and peek an empty one. Results in res.
# type: sched_cls
# maps: q:queue:0:4:2 stk:stack:0:4:2 res:array:4:128:1
# packets: udp64
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r9 = r0
r6 = 1
push:
*(u32 *)(r10 - 8) = r6
r1 = q ll
r2 = r10
r2 += -8
r3 = 0
call 87
r1 = stk ll
r2 = r10
r2 += -8
r3 = 2
call 87
r6 += 1
if r6 < 4 goto push
r1 = q ll
r2 = r10
r2 += -8
r3 = 0
call 87
*(u64 *)(r9 + 0) = r0
r1 = q ll
r2 = r10
r2 += -8
r3 = 2
call 87
*(u64 *)(r9 + 8) = r0
r1 = q ll
r2 = r10
r2 += -8
call 88
r1 = *(u32 *)(r10 - 8)
*(u64 *)(r9 + 16) = r1
r1 = q ll
r2 = r10
r2 += -8
call 88
r1 = *(u32 *)(r10 - 8)
*(u64 *)(r9 + 24) = r1
r1 = q ll
r2 = r10
r2 += -8
call 89
*(u64 *)(r9 + 32) = r0
r1 = stk ll
r2 = r10
r2 += -8
call 88
r1 = *(u32 *)(r10 - 8)
*(u64 *)(r9 + 40) = r1
r1 = stk ll
r2 = r10
r2 += -8
call 89
r1 = *(u32 *)(r10 - 8)
*(u64 *)(r9 + 48) = r1
*(u64 *)(r9 + 56) = r0
out:
r0 = 0
exit
