# type: xdp
# packets: udp64 tcp_syn eth14
# Loop over the first up-to-32 packet bytes with a bounds check per byte; returns their sum.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = 0
loop:
  r5 = r2
  r5 += r4
  r6 = r5
  r6 += 1
  if r6 > r3 goto out
  r7 = *(u8 *)(r5 + 0)
  r0 += r7
  r4 += 1
  if r4 < 32 goto loop
out:
  exit
