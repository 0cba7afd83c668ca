# xdp: bpf_xdp_adjust_meta reserves 8 bytes of metadata, writes them, reads them back; a too-large meta fails.
# type: xdp
# maps: res:array:4:24:1
# packets: udp64
r6 = r1
r1 = r6
r2 = -8
call 54
r7 = r0
r1 = r6
r2 = -256
call 54
r8 = r0
r9 = 0
r1 = *(u32 *)(r6 + 8)
r2 = *(u32 *)(r6 + 0)
r3 = r1
r3 += 8
if r3 > r2 goto skip
r3 = 0x1122334455667788 ll
*(u64 *)(r1 + 0) = r3
r9 = *(u32 *)(r1 + 4)
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
r1 = *(u32 *)(r6 + 8)
r0 = *(u32 *)(r6 + 0)
r0 -= r1
exit
