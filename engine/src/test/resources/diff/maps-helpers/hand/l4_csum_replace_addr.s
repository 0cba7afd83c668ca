# sched_cls: rewrite the IPv4 destination address (offset 30) and fix the L3 checksum (4-byte form) and the
# L4 checksum with BPF_F_PSEUDO_HDR (flags 0x10 | 4) at the UDP/TCP checksum offset given in r8.
# type: sched_cls
# maps: res:array:4:16:1
# packets: udp64 tcp_syn
r6 = r1
r1 = r6
r2 = 30
r3 = r10
r3 += -8
r4 = 4
call 26
if r0 != 0 goto out
r7 = *(u32 *)(r10 - 8)
r1 = 0x0302a8c0
*(u32 *)(r10 - 16) = r1
r1 = r6
r2 = 24
r3 = r7
r4 = 0x0302a8c0
r5 = 4
call 10
r9 = r0
r8 = 40
r1 = r6
r2 = 23
r3 = r10
r3 += -24
r4 = 1
call 26
r1 = *(u8 *)(r10 - 24)
if r1 != 6 goto udp
r8 = 50
udp:
r1 = r6
r2 = r8
r3 = r7
r4 = 0x0302a8c0
r5 = 0x14
call 11
r9 <<= 8
r9 |= r0
r1 = r6
r2 = 30
r3 = r10
r3 += -16
r4 = 4
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
