# xdp: bpf_redirect(1, 0) returns XDP_REDIRECT; the value is stored and returned.
# type: xdp
# maps: res:array:4:8:1
# packets: udp64
r1 = 1
r2 = 0
call 23
r6 = r0
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r6
out:
r0 = r6
exit
