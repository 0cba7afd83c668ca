# type: xdp
# packets: udp64
# JMP X: bit i of r0 is set when condition i is taken
# (0 ==, 1 !=, 2 >, 3 >=, 4 <, 5 <=, 6 s>, 7 s>=, 8 s<, 9 s<=, 10 &). Operands -0x1, 0x1.
  r1 = 0xffffffffffffffff ll
  r2 = 0x1 ll
  r0 = 0
  if r1 == r2 goto t0
  goto n0
t0:
  r0 |= 1
n0:
  if r1 != r2 goto t1
  goto n1
t1:
  r0 |= 2
n1:
  if r1 > r2 goto t2
  goto n2
t2:
  r0 |= 4
n2:
  if r1 >= r2 goto t3
  goto n3
t3:
  r0 |= 8
n3:
  if r1 < r2 goto t4
  goto n4
t4:
  r0 |= 16
n4:
  if r1 <= r2 goto t5
  goto n5
t5:
  r0 |= 32
n5:
  if r1 s> r2 goto t6
  goto n6
t6:
  r0 |= 64
n6:
  if r1 s>= r2 goto t7
  goto n7
t7:
  r0 |= 128
n7:
  if r1 s< r2 goto t8
  goto n8
t8:
  r0 |= 256
n8:
  if r1 s<= r2 goto t9
  goto n9
t9:
  r0 |= 512
n9:
  if r1 & r2 goto t10
  goto n10
t10:
  r0 |= 1024
n10:
  exit
