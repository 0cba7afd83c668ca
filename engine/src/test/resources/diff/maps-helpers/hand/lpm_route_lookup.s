# xdp: longest-prefix match of the IPv4 destination address in a pre-filled lpm_trie (0/0, 10/8, 10.0/16,
# 10.0.0.0/24, 10.9.8.7/32); the matched value is returned and a hit counter is kept in the value.
# type: xdp
# maps: routes:lpm_trie:8:8:8:1
# inits: routes:00000000000000000100000000000000=0100000000000000 routes:080000000a000000=0800000000000000 routes:100000000a000000=1000000000000000 routes:180000000a000000=1800000000000000 routes:200000000a090807=2000000000000000
# packets: udp64 tcp_syn ipv6_udp
r6 = *(u32 *)(r1 + 0)
r7 = *(u32 *)(r1 + 4)
r1 = r6
r1 += 34
if r1 > r7 goto out
r1 = 32
*(u32 *)(r10 - 8) = r1
r1 = *(u32 *)(r6 + 30)
*(u32 *)(r10 - 4) = r1
r1 = routes ll
r2 = r10
r2 += -8
call 1
if r0 == 0 goto out
r1 = 0x100
lock *(u64 *)(r0 + 0) += r1
r0 = *(u64 *)(r0 + 0)
r0 &= 0xff
exit
out:
r0 = 99
exit
