# type: xdp
# Shift by an immediate >= 64 is rejected ("invalid shift 64"); by a register it is masked at run time.
  r0 = 1
  r0 <<= 64
  exit
