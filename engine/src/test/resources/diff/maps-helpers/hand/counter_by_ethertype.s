# xdp: a per-ethertype packet counter (hash, BPF_NOEXIST insert then atomic add through the value pointer)
# and a byte counter in a per-CPU array; pre-filled counters for IPv4.
# type: xdp
# maps: cnt:hash:4:16:4 bytes:percpu_array:4:8:1
# inits: cnt:08000000=0a000000000000006400000000000000 bytes:00000000=e803000000000000e803000000000000
# packets: udp64 tcp_syn arp ipv6_udp vlan_icmp llc
r6 = *(u32 *)(r1 + 0)
r7 = *(u32 *)(r1 + 4)
r1 = r6
r1 += 14
if r1 > r7 goto out
r1 = *(u8 *)(r6 + 12)
r2 = *(u8 *)(r6 + 13)
r1 <<= 8
r1 |= r2
*(u32 *)(r10 - 4) = r1
r1 = 0
*(u64 *)(r10 - 24) = r1
*(u64 *)(r10 - 16) = r1
r1 = cnt ll
r2 = r10
r2 += -4
r3 = r10
r3 += -24
r4 = 1
call 2
r1 = cnt ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r1 = 1
lock *(u64 *)(r0 + 0) += r1
r1 = r7
r1 -= r6
lock *(u64 *)(r0 + 8) += r1
r1 = 0
*(u32 *)(r10 - 8) = r1
r1 = bytes ll
r2 = r10
r2 += -8
call 1
if r0 == 0 goto out
r1 = r7
r1 -= r6
r2 = *(u64 *)(r0 + 0)
r2 += r1
*(u64 *)(r0 + 0) = r2
out:
r0 = 2
exit
