# type: socket_filter
# packets: udp64 tcp_syn
# LD_ABS B/H/W relative to the network header, results converted to host order (big-endian reads).
  r6 = r1
  r0 = *(u8 *)skb[9]            # IPv4 protocol
  r7 = r0
  r0 = *(u16 *)skb[2]           # IPv4 total length
  r8 = r0
  r0 = *(u32 *)skb[12]          # IPv4 saddr
  r0 ^= r8
  r7 <<= 24
  r0 += r7
  exit
