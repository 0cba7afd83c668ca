# type: socket_filter
# packets: udp64
# LD_IND with a negative register offset (-1): out of the packet, so the program returns 0.
  r6 = r1
  r7 = -1
  r0 = *(u8 *)skb[r7]
  r0 += 1
  exit
