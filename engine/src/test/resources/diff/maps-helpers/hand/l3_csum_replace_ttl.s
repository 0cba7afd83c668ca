# sched_cls: decrement the IPv4 TTL with bpf_skb_store_bytes and fix the header checksum with
# bpf_l3_csum_replace (2-byte form on the TTL/protocol word at offset 22, checksum at 24).
# type: sched_cls
# maps: res:array:4:16:1
# packets: udp64 tcp_syn
r6 = r1
r1 = r6
r2 = 22
r3 = r10
r3 += -8
r4 = 2
call 26
if r0 != 0 goto out
r7 = *(u16 *)(r10 - 8)
r8 = r7
r8 += -1
*(u16 *)(r10 - 16) = r8
r1 = r6
r2 = 24
r3 = r7
r4 = r8
r5 = 2
call 10
r9 = r0
r1 = r6
r2 = 22
r3 = r10
r3 += -16
r4 = 2
r5 = 0
call 9
r9 <<= 8
r9 |= r0
r1 = 0
*(u32 *)(r10 - 20) = r1
r1 = res ll
r2 = r10
r2 += -20
call 1
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r9
*(u64 *)(r0 + 8) = r7
out:
r0 = 0
exit
