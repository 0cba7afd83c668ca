# cgroup_skb: per-protocol counters (skb->protocol, __sk_buff offset 16) in a hash and the packet length
# (offset 0) summed in a per-CPU array; bpf_skb_load_bytes of the first 4 bytes (the IP header in cgroup_skb)
# stored too. Returns 1 (allow).
# type: cgroup_skb
# maps: cnt:hash:4:8:4 sum:percpu_array:4:16:1
# packets: udp64 tcp_syn ipv6_udp
r6 = r1
r1 = *(u32 *)(r6 + 16)
*(u32 *)(r10 - 4) = r1
r1 = 0
*(u64 *)(r10 - 16) = r1
r1 = cnt ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 1
call 2
r1 = cnt ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto skip
r1 = 1
lock *(u64 *)(r0 + 0) += r1
skip:
r1 = 0
*(u32 *)(r10 - 20) = r1
*(u32 *)(r10 - 24) = r1
r1 = r6
r2 = 0
r3 = r10
r3 += -24
r4 = 4
call 26
r8 = r0
r1 = sum ll
r2 = r10
r2 += -20
call 1
if r0 == 0 goto out
r1 = *(u32 *)(r6 + 0)
r2 = *(u64 *)(r0 + 0)
r2 += r1
*(u64 *)(r0 + 0) = r2
r1 = *(u32 *)(r10 - 24)
r1 <<= 8
r1 |= r8
*(u64 *)(r0 + 8) = r1
out:
r0 = 1
exit
