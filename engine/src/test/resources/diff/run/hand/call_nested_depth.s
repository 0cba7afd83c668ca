# type: xdp
# packets: udp64
# Four nested calls, each adds its own constant: 1 + 10 + 100 + 1000.
  r1 = 0
  call f1
  exit
f1:
  r1 += 1
  call f2
  exit
f2:
  r1 += 10
  call f3
  exit
f3:
  r1 += 100
  call f4
  exit
f4:
  r0 = r1
  r0 += 1000
  exit
