# type: xdp
# Modulo by an immediate 0 is rejected.
  r0 = 5
  r0 %= 0
  exit
