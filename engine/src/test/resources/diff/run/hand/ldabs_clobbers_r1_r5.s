# type: socket_filter
# packets: udp64
# LD_ABS keeps r6..r9 (callee-saved) and leaves r0 = the loaded value; r1..r5 count as clobbered.
  r6 = r1
  r7 = 7
  r8 = 8
  r9 = 9
  r0 = *(u8 *)skb[0]
  r0 += r7
  r0 += r8
  r0 += r9
  exit
