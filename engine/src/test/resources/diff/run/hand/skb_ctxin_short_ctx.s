# type: socket_filter
# packets: udp64
# ctx: 0000000000000000bc0a00000000000000000000000000000000000000000000000000000000000000000000
# ctx_in may be shorter than __sk_buff (44 bytes here, up to ifindex): the rest counts as zero. mark = 0xabc;
# ifindex 0 in ctx_in means "keep the loopback device" (ifindex reads 1). r0 = mark << 8 | ifindex.
  r2 = *(u32 *)(r1 + 8)
  r3 = *(u32 *)(r1 + 40)
  r0 = r2
  r0 <<= 8
  r0 |= r3
  exit
