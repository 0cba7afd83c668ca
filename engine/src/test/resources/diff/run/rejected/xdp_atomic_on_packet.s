# type: xdp
# Atomic add into packet memory: the verifier only allows atomics on the stack, maps and some kernel memory.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 64
  if r4 > r3 goto out
  r5 = 1
  lock *(u32 *)(r2 + 60) += w5
out:
  exit
