# type: xdp
# Division by an immediate 0 is rejected ("division by zero"); by a zero register it yields 0 at run time.
  r0 = 5
  r0 /= 0
  exit
