# xdp: bpf_xdp_adjust_tail shrinks by 10, grows by 4, writes at offset 38 when the frame is long enough, and fails to shrink below ETH_HLEN.
# type: xdp
# maps: res:array:4:24:1
# packets: udp64 tcp_syn arp
r6 = r1
r1 = r6
r2 = -10
call 65
r7 = r0
r1 = r6
r2 = 4
call 65
r8 = r0
r1 = *(u32 *)(r6 + 0)
r2 = *(u32 *)(r6 + 4)
r3 = r1
r3 += 38
r4 = r3
r4 += 4
if r4 > r2 goto skip
r1 = 0x7e7e7e7e
*(u32 *)(r3 + 0) = r1
skip:
r1 = r6
r2 = -100
call 65
r9 = r0
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r7
*(u64 *)(r0 + 8) = r8
*(u64 *)(r0 + 16) = r9
out:
r1 = *(u32 *)(r6 + 0)
r0 = *(u32 *)(r6 + 4)
r0 -= r1
exit
