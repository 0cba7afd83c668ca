# type: xdp
# An infinite loop without may_goto: the verifier gives up ("infinite loop detected").
  r0 = 0
loop:
  r0 += 1
  goto loop
