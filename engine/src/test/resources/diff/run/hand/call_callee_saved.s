# type: xdp
# packets: udp64
# r6..r9 survive a call (the callee uses them too, on its own frame).
  r6 = 100
  r7 = 200
  r8 = 300
  r9 = 400
  r1 = 1
  call clobber
  r0 += r6
  r0 += r7
  r0 += r8
  r0 += r9
  exit
clobber:
  r6 = 1
  r7 = 2
  r8 = 3
  r9 = 4
  r0 = r6
  r0 += r9
  exit
