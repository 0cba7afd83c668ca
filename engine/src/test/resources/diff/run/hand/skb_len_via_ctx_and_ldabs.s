# type: socket_filter
# packets: udp64 tcp_syn arp
# LD_ABS reads are relative to the network header: skb[0] is the first byte after the Ethernet header.
  r6 = r1
  r7 = *(u32 *)(r6 + 0)
  r0 = *(u8 *)skb[0]
  r0 <<= 16
  r0 |= r7
  exit
