# type: socket_filter
# packets: udp64 tcp_syn
# LD_IND with a non-zero immediate (llvm-mc has no syntax for it, so raw bytes):
# r0 = *(u16 *)skb[r7 + 2] with r7 = IHL*4, i.e. the L4 destination port again.
  r6 = r1
  r0 = *(u8 *)skb[0]
  r0 &= 0xf
  r0 <<= 2
  r7 = r0
  .byte 0x48, 0x70, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00   # LD_IND H src=r7 imm=2
  exit
