# type: xdp
# packets: udp64
# may_goto inside a 1000-iteration loop: the budget (BPF_MAX_LOOPS) is not exhausted, so it never jumps.
  r0 = 0
  r1 = 0
loop:
  may_goto out
  r0 += 3
  r1 += 1
  if r1 < 1000 goto loop
  exit
out:
  r0 = 77777
  exit
