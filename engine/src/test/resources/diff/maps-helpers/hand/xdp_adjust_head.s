# xdp: bpf_xdp_adjust_head pops the Ethernet header (+14), then pushes 4 bytes back (-4) and writes them;
# an impossible adjust (-4096) fails. Results in an array; returns the new length.
# type: xdp
# maps: res:array:4:24:1
# packets: udp64 arp eth14
r6 = r1
r1 = r6
r2 = 14
call 44
r7 = r0
r1 = r6
r2 = -4
call 44
r8 = r0
r1 = r6
r2 = -4096
call 44
r9 = r0
r1 = *(u32 *)(r6 + 0)
r2 = *(u32 *)(r6 + 4)
r3 = r1
r3 += 4
if r3 > r2 goto skip
r3 = 0x55aa55aa
*(u32 *)(r1 + 0) = r3
skip:
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
