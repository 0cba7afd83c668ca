# type: socket_filter
# LD_ABS requires the ctx in r6; here r6 is a scalar.
  r6 = 0
  r0 = *(u8 *)skb[0]
  exit
