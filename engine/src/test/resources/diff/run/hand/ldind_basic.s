# type: socket_filter
# packets: udp64 tcp_syn
# LD_IND: offset comes from a register (here IHL*4 read with LD_ABS), reaching the L4 destination port.
  r6 = r1
  r0 = *(u8 *)skb[0]
  r0 &= 0xf
  r0 <<= 2
  r7 = r0
  r7 += 2
  r0 = *(u16 *)skb[r7]
  exit
