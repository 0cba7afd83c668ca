# type: xdp
# Returning a pointer (the ctx) from an xdp program: ACCEPTED for root; retval = low 32 bits of a kernel address, so not recorded.
  r0 = r1
  exit
