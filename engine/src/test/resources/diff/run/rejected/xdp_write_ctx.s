# type: xdp
# xdp_md fields are read-only.
  r2 = 0
  *(u32 *)(r1 + 0) = r2
  r0 = 0
  exit
