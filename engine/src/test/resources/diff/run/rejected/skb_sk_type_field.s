# type: socket_filter
# __sk_buff.sk is a PTR_TO_SOCK_COMMON: only sock_common fields are readable; bpf_sock.type (sk+8) is rejected
# ("invalid sock_common access off=8 size=4").
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r0 = *(u32 *)(r2 + 0)
  r3 = *(u32 *)(r2 + 8)
  r3 <<= 4
  r0 += r3
  r3 = *(u32 *)(r2 + 12)
  r3 <<= 8
  r0 += r3
  r3 = *(u32 *)(r2 + 16)
  r3 <<= 12
  r0 += r3
  r3 = *(u32 *)(r2 + 20)
  r3 <<= 16
  r0 += r3
  r3 = *(u32 *)(r2 + 44)
  r3 <<= 20
  r0 += r3
  r3 = *(u32 *)(r2 + 76)
  r3 <<= 24
  r0 += r3
out:
  exit
