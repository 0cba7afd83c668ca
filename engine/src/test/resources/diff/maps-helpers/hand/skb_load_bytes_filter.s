# socket_filter: bpf_skb_load_bytes of 16 bytes at offset 26 (in range for long packets, -EFAULT for short ones)
# and at offset -1 / past the end; results and loaded bytes go to a hash keyed by the packet length.
# type: socket_filter
# maps: h:hash:4:24:8
# packets: udp64 arp eth14 tcp_syn
r6 = r1
r1 = 0
*(u64 *)(r10 - 24) = r1
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 8) = r1
r1 = r6
r2 = 26
r3 = r10
r3 += -24
r4 = 16
call 26
*(u64 *)(r10 - 8) = r0
r1 = r6
r2 = 60
r3 = r10
r3 += -40
r4 = 8
call 26
r1 = *(u64 *)(r10 - 8)
r1 <<= 16
r0 &= 0xffff
r1 |= r0
*(u64 *)(r10 - 8) = r1
r1 = *(u32 *)(r6 + 0)
*(u32 *)(r10 - 44) = r1
r1 = h ll
r2 = r10
r2 += -44
r3 = r10
r3 += -24
r4 = 0
call 2
r0 = *(u32 *)(r6 + 0)
exit
