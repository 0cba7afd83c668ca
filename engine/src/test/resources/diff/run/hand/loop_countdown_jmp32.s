# type: xdp
# packets: udp64
# Count-down loop with a JMP32 condition: multiplies by 3 twelve times (3^12 = 531441).
  r0 = 1
  w1 = 12
loop:
  r0 *= 3
  w1 -= 1
  if w1 != 0 goto loop
  exit
