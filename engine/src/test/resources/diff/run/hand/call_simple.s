# type: xdp
# packets: udp64
# bpf-to-bpf call: args in r1..r5, result in r0.
  r1 = 6
  r2 = 7
  call mul
  r0 += 1
  exit
mul:
  r0 = r1
  r0 *= r2
  exit
