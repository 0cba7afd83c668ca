# type: xdp
# packets: tcp_syn udp64
# Walks the TCP options (bounded loop, max 10 options) looking for MSS (kind 2); returns the MSS or 0.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 54
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 23)
  if r5 != 6 goto out
  r6 = 54                        # first option byte (IHL 5 assumed, checked below)
  r7 = *(u8 *)(r2 + 14)
  if r7 != 0x45 goto out
  r9 = 0
loop:
  if r9 >= 10 goto out
  r9 += 1
  if r6 > 100 goto out
  r4 = r2
  r4 += r6
  r5 = r4
  r5 += 4
  if r5 > r3 goto out
  r7 = *(u8 *)(r4 + 0)
  if r7 == 0 goto out
  if r7 == 1 goto nop
  if r7 == 2 goto mss
  r8 = *(u8 *)(r4 + 1)
  if r8 < 2 goto out
  r6 += r8
  goto loop
nop:
  r6 += 1
  goto loop
mss:
  r0 = *(u16 *)(r4 + 2)
  r0 = be16 r0
out:
  exit
