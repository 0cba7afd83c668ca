# bloom_filter (2 hashes via map_extra default, 64 entries): push the packet's IPv4 source and destination
# addresses, then check them, an absent address, and push with BPF_EXIST (EINVAL); results in res.
# type: xdp
# maps: bf:bloom_filter:0:4:64 res:array:4:40:1
# packets: udp64 tcp_syn
r6 = *(u32 *)(r1 + 0)
r7 = *(u32 *)(r1 + 4)
r1 = r6
r1 += 34
if r1 > r7 goto out
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r9 = r0
r1 = *(u32 *)(r6 + 26)
*(u32 *)(r10 - 8) = r1
r1 = bf ll
r2 = r10
r2 += -8
r3 = 0
call 87
*(u64 *)(r9 + 0) = r0
r1 = bf ll
r2 = r10
r2 += -8
call 89
*(u64 *)(r9 + 8) = r0
r1 = *(u32 *)(r6 + 30)
*(u32 *)(r10 - 8) = r1
r1 = bf ll
r2 = r10
r2 += -8
call 89
*(u64 *)(r9 + 16) = r0
r1 = 0x01020304
*(u32 *)(r10 - 8) = r1
r1 = bf ll
r2 = r10
r2 += -8
call 89
*(u64 *)(r9 + 24) = r0
r1 = bf ll
r2 = r10
r2 += -8
r3 = 2
call 87
*(u64 *)(r9 + 32) = r0
out:
r0 = 2
exit
