# bpf_csum_diff over the IPv4 addresses (8 bytes at offset 26) against zeros, with and without a seed;
# results stored in an array.
# type: xdp
# maps: res:array:4:24:1
# packets: udp64 tcp_syn
r6 = *(u32 *)(r1 + 0)
r7 = *(u32 *)(r1 + 4)
r1 = r6
r1 += 34
if r1 > r7 goto out
r1 = *(u64 *)(r6 + 26)
*(u64 *)(r10 - 8) = r1
r1 = 0
*(u64 *)(r10 - 16) = r1
*(u32 *)(r10 - 20) = r1
r1 = res ll
r2 = r10
r2 += -20
call 1
if r0 == 0 goto out
r8 = r0
r1 = r10
r1 += -16
r2 = 8
r3 = r10
r3 += -8
r4 = 8
r5 = 0
call 28
*(u64 *)(r8 + 0) = r0
r1 = 0
r2 = 0
r3 = r10
r3 += -8
r4 = 4
r5 = 0xffff
call 28
*(u64 *)(r8 + 8) = r0
r1 = r10
r1 += -8
r2 = 8
r3 = 0
r4 = 0
r5 = 0x1234
call 28
*(u64 *)(r8 + 16) = r0
r0 = 2
exit
out:
r0 = 1
exit
