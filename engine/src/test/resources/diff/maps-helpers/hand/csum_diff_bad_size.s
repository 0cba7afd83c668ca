# bpf_csum_diff with a size that is not a multiple of 4 returns -EINVAL; the value is returned.
# type: sched_cls
# maps: res:array:4:8:1
# packets: udp64
r1 = 0x0102030405060708 ll
*(u64 *)(r10 - 8) = r1
r1 = r10
r1 += -8
r2 = 6
r3 = 0
r4 = 0
r5 = 0
call 28
r6 = r0
r1 = 0
*(u32 *)(r10 - 12) = r1
r1 = res ll
r2 = r10
r2 += -12
call 1
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r6
out:
r0 = r6
exit
