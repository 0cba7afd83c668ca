# type: xdp
# packets: udp64
# Two subprograms using 32-bit ALU; upper halves of the returned r0 are zero.
  r1 = -1
  call lo
  r6 = r0
  r1 = 0x80000000
  call neg32
  r0 += r6
  exit
lo:
  w0 = w1
  w0 >>= 4
  exit
neg32:
  w0 = w1
  w0 = -w0
  exit
