# type: socket_filter
# packets: udp64
# LD_IND with a register offset past the end: the program ends with r0 = 0.
  r6 = r1
  r7 = 1000
  r0 = *(u8 *)skb[r7]
  r0 += 1
  exit
