# bpf_get_smp_processor_id in a socket filter: a per-CPU counter keyed by the CPU number.
# type: socket_filter
# maps: pc:percpu_array:4:8:2 h:hash:4:8:4
# packets: udp64 tcp_syn arp
call 8
*(u32 *)(r10 - 4) = r0
r1 = pc ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto skip
r1 = 5
lock *(u64 *)(r0 + 0) += r1
skip:
call 8
r0 += 7
*(u32 *)(r10 - 4) = r0
r1 = 0x1234 ll
*(u64 *)(r10 - 16) = r1
r1 = h ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 1
call 2
r0 = 0xffff
exit
