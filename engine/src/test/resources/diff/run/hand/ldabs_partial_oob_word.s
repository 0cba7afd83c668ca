# type: socket_filter
# packets: udp64
# LD_ABS W that starts inside the packet but ends outside (offset len-2): the program ends with r0 = 0.
  r6 = r1
  r9 = 5
  r0 = *(u32 *)skb[48]
  r0 += r9
  exit
