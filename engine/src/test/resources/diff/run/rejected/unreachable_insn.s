# type: xdp
# An instruction no path reaches ("unreachable insn 2") is rejected before verification proper.
  r0 = 1
  goto skip
  r0 = 99
skip:
  exit
