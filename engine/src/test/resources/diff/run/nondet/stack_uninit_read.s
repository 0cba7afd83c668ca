# type: xdp
# Reading a stack slot that was never written: ACCEPTED for root (CAP_PERFMON allows uninitialised stack reads); the value is whatever the stack held, so not recorded.
  r0 = *(u64 *)(r10 - 8)
  exit
