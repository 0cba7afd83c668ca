# sched_cls: bpf_tail_call into an empty prog_array slot (and an out-of-range index) falls through; a counter
# in an array records that execution continued.
# type: sched_cls
# maps: jt:prog_array:4:4:4 res:array:4:8:1
# packets: udp64
r6 = r1
r1 = r6
r2 = jt ll
r3 = 0
call 12
r1 = r6
r2 = jt ll
r3 = 9
call 12
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r1 = 3
lock *(u64 *)(r0 + 0) += r1
out:
r0 = 1
exit
