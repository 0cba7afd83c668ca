# type: xdp
# bpf-to-bpf recursion is rejected.
  r1 = 3
  call f
  exit
f:
  r0 = r1
  if r1 == 0 goto out
  r1 -= 1
  call f
out:
  exit
