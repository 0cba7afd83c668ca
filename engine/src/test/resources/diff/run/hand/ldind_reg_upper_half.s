# type: socket_filter
# packets: udp64
# LD_IND with a register whose upper half is set (0x1_00000002): shows whether only the low 32 bits of the
# register count (then it reads the IPv4 total length at offset 2) or the load falls off the packet (r0 = 0).
  r6 = r1
  r7 = 0x100000002 ll
  r0 = *(u16 *)skb[r7]
  r0 += 1
  exit
