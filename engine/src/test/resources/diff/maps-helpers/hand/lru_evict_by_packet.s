# lru_hash of 4 entries (BPF_F_NO_COMMON_LRU off) pre-filled with 4 keys: each run inserts 6 new keys derived
# from the packet's IPv4 ID (offset 18), evicting old entries; a lookup of the first pre-filled key before the
# inserts refreshes it. The surviving set is compared.
# type: sched_cls
# maps: lru:lru_hash:4:8:4
# inits: lru:01000000=0100000000000000 lru:02000000=0200000000000000 lru:03000000=0300000000000000 lru:04000000=0400000000000000
# packets: udp64 tcp_syn
r6 = r1
r1 = 1
*(u32 *)(r10 - 4) = r1
r1 = lru ll
r2 = r10
r2 += -4
call 1
r1 = r6
r2 = 18
r3 = r10
r3 += -8
r4 = 2
call 26
r7 = *(u16 *)(r10 - 8)
r8 = 0
loop:
r1 = r7
r1 += r8
*(u32 *)(r10 - 4) = r1
*(u64 *)(r10 - 16) = r8
r1 = lru ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 0
call 2
r8 += 1
if r8 < 6 goto loop
r0 = 0
exit
