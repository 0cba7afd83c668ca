# type: xdp
# The check covers 14 bytes but the read is at offset 14 (one byte past the checked range).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u8 *)(r2 + 14)
out:
  exit
