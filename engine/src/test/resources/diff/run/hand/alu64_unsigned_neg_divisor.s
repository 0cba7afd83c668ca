# type: xdp
# packets: udp64
# Unsigned ALU64 div/mod by -1 (= 2^64-1): 100 / -1 = 0 and 100 % -1 = 100.
  r1 = 100
  r2 = -1
  r3 = r1
  r3 /= r2
  r4 = r1
  r4 %= r2
  r0 = r3
  r0 += r4
  r5 = r1
  r5 /= -1              # immediate -1 is sign-extended: same result 0
  r0 += r5
  exit
