# sched_cls: bpf_skb_store_bytes rewrites the destination MAC (flags 0), a payload word with
# BPF_F_RECOMPUTE_CSUM (1), and fails past the end; the return codes are counted in a hash.
# type: sched_cls
# maps: h:hash:8:8:8
# packets: udp64 tcp_syn vlan_icmp
r6 = r1
r1 = 0x0000ccbbaa998877 ll
*(u64 *)(r10 - 8) = r1
r1 = r6
r2 = 0
r3 = r10
r3 += -8
r4 = 6
r5 = 0
call 9
r7 = r0
r1 = r6
r2 = 44
r3 = r10
r3 += -8
r4 = 4
r5 = 1
call 9
r7 <<= 8
r7 |= r0
r1 = r6
r2 = 70
r3 = r10
r3 += -8
r4 = 8
r5 = 0
call 9
r7 <<= 8
r0 &= 0xff
r7 |= r0
*(u64 *)(r10 - 16) = r7
r1 = 1
*(u64 *)(r10 - 24) = r1
r1 = h ll
r2 = r10
r2 += -16
r3 = r10
r3 += -24
r4 = 0
call 2
r0 = r7
exit
