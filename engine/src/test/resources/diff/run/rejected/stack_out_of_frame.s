# type: xdp
# Stack access below r10 - 512 is rejected.
  *(u64 *)(r10 - 520) = 1
  r0 = 0
  exit
