# bpf_get_smp_processor_id (run pinned to CPU 0) and bpf_get_numa_node_id, stored in an array and returned.
# type: xdp
# maps: res:array:4:16:1
# packets: udp64
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r6 = r0
call 8
*(u64 *)(r6 + 0) = r0
r7 = r0
call 42
*(u64 *)(r6 + 8) = r0
r0 += r7
r0 += 2
exit
out:
r0 = 1
exit
