# type: socket_filter
# packets: udp64
# LD_ABS H and W ending exactly at the last packet byte (udp64: 50 bytes after Ethernet).
  r6 = r1
  r0 = *(u16 *)skb[48]
  r7 = r0
  r0 = *(u32 *)skb[46]
  r0 ^= r7
  exit
