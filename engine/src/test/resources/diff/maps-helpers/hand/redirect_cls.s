# sched_cls: bpf_redirect(1, 0) returns TC_ACT_REDIRECT, with BPF_F_INGRESS too; unknown flags TC_ACT_SHOT.
# type: sched_cls
# maps: res:array:4:24:1
# packets: udp64
r1 = 1
r2 = 0
call 23
r6 = r0
r1 = 1
r2 = 1
call 23
r7 = r0
r1 = 1
r2 = 0x80
call 23
r8 = r0
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r6
*(u64 *)(r0 + 8) = r7
*(u64 *)(r0 + 16) = r8
out:
r0 = r6
exit
