# type: socket_filter
# packets: udp64 tcp_syn eth14
# LD_ABS beyond the end of the packet ends the program with r0 = 0 (the 99 is never returned
# when the read at offset 56 fails: udp64 has 50 bytes after Ethernet, tcp_syn has 60).
  r6 = r1
  r0 = *(u8 *)skb[56]
  r0 += 99
  exit
