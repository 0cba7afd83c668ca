# type: xdp
# packets: udp64 ipv6_udp
# v4 sign-extending packet loads: dst MAC bytes read as s8/s16/s32.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r5 = *(s8 *)(r2 + 12)
  r6 = *(s16 *)(r2 + 12)
  r7 = *(s32 *)(r2 + 0)
  r0 = r5
  r0 += r6
  r0 += r7
out:
  exit
