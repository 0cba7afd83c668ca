# type: xdp
# packets: udp64
# Endless loop that only may_goto can end: r0 counts the iterations before may_goto jumps. NOT deterministic on
# this kernel (6.18 x86-64 JIT uses a time-based may_goto budget): three runs gave 221573835, 178713945, 112589130.
  r0 = 0
loop:
  may_goto out
  r0 += 1
  goto loop
out:
  exit
