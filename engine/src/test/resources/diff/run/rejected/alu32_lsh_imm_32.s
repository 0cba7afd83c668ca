# type: xdp
# ALU32 shift by an immediate >= 32 is rejected.
  w0 = 1
  w0 <<= 32
  exit
